solve:{[iv]
  iv:iv iasc iv[;0];
  r:enlist first iv;
  i:1;
  while[i<count iv;
    $[iv[i;0]<=last last r;
      r[-1+count r;1]:max(last last r;iv[i;1]);
      r,:enlist iv i];
    i+:1];
  r}
result:solve[(1 3;2 6;8 10;15 18)];
show result;
result:solve[(1 4;4 5)];
show result;
result:solve[(8 10;1 3;2 4)];
show result;
