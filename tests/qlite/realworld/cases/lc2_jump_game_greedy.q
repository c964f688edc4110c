solve:{[nums]
  r:0; i:0;
  while[(i<count nums) and i<=r;
    r:r|i+nums i;
    i+:1];
  r>=-1+count nums}
result:solve[2 3 1 1 4];
show result;
result:solve[3 2 1 0 4];
show result;
result:solve[enlist 0];
show result;
