solve:{[g;s]
  g:asc g; s:asc s;
  i:j:0;
  while[(i<count g) and j<count s;
    if[s[j]>=g i; i+:1];
    j+:1];
  i}
result:solve[1 2 3;1 1];
show result;
result:solve[1 2;1 2 3];
show result;
