rob:{[nums]
  prev:0; cur:0;
  i:0;
  while[i<count nums;
    t:cur;
    cur:max (cur;prev+nums i);
    prev:t;
    i+:1];
  cur}
show rob 1 2 3 1
show rob 2 7 9 3 1
