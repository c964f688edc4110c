maxSub:{[nums]
  best:cur:first nums;
  i:1;
  while[i<count nums;
    cur:max (nums i;cur+nums i);
    best:max (best;cur);
    i+:1];
  best}
show maxSub -2 1 -3 4 -1 2 1 -5 4
show maxSub enlist 1
show maxSub 5 4 -1 7 8
