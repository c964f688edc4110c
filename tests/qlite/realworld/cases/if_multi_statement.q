f:{[x]
  r:`none;
  if[x>0; r:`pos; x:x*10];
  if[x<0; r:`neg];
  (r;x)}
show f 5
show f -2
