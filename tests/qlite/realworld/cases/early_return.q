f:{[x]
  if[x>10; :`big];
  if[x>5; :`medium];
  `small}
show f each 1 7 20
