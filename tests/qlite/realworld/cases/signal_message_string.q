f:{[x] if[x<0; '"negative input"]; x}
r:@[f;-1;{"Error: ",x}]
-1 r;
