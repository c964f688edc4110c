solve:{[nums]
  best:cur:first nums;
  i:1;
  while[i<count nums;
    cur:max(nums i;cur+nums i);
    best:best|cur;
    i+:1];
  best}
solve2:{max {y+0|x}\[x]}
result:solve[-2 1 -3 4 -1 2 1 -5 4];
show result;
result:solve[enlist 1];
show result;
result:solve[5 4 -1 7 8];
show result;
result:solve2[-2 1 -3 4 -1 2 1 -5 4];
show result;
result:solve2[-3 -1 -2];
show result;
