spiral:{[m]
  r:();
  while[count m;
    r,:first m;
    m:1_m;
    if[count m; m:reverse flip m]];
  r}
show spiral (1 2 3;4 5 6;7 8 9)
