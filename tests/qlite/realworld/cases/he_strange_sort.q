strange:{[l]
  r:(); l:asc l; i:0;
  while[count l;
    $[0=i mod 2; [r,:first l; l:1_l]; [r,:last l; l:-1_l]];
    i+:1];
  r}
show strange 1 2 3 4
show strange 5 5 5 5
