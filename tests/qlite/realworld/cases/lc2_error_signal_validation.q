solve:{[n]
  if[n<0; '"negative input"];
  if[not -7h=type n; '`type];
  prd 1+til n}
result:solve[5];
show result;
result:@[solve;-1;{"Error: ",x}];
show result;
result:@[solve;2.5;{x}];
show result;
result:solve[0];
show result;
