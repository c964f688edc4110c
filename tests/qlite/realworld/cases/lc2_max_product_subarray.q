solve:{[nums]
  hi:lo:best:first nums;
  i:1;
  while[i<count nums;
    v:nums i;
    c:(v;hi*v;lo*v);
    hi:max c;
    lo:min c;
    best:best|hi;
    i+:1];
  best}
result:solve[2 3 -2 4];
show result;
result:solve[-2 0 -1];
show result;
result:solve[-2 3 -4];
show result;
