solve:{[nums]
  t:`long$();
  i:0;
  while[i<count nums;
    v:nums i;
    j:t binr v;
    $[j=count t; t,:v; t[j]:v];
    i+:1];
  count t}
result:solve[10 9 2 5 3 7 101 18];
show result;
result:solve[0 1 0 3 2 3];
show result;
result:solve[7 7 7 7];
show result;
