solve:{[t]
  n:count t;
  res:n#0;
  st:0#0;
  i:0;
  while[i<n;
    while[(count st) and t[i]>t last st;
      j:last st;
      st:-1_st;
      res[j]:i-j];
    st,:i;
    i+:1];
  res}
result:solve[73 74 75 71 69 72 76 73];
show result;
result:solve[30 40 50 60];
show result;
result:solve[30 60 90];
show result;
