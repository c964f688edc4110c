solve:{[target;nums]
  l:0; s:0; best:0W;
  r:0;
  while[r<count nums;
    s+:nums r;
    while[s>=target; best:best&1+r-l; s-:nums l; l+:1];
    r+:1];
  $[best=0W; 0; best]}
result:solve[7;2 3 1 2 4 3];
show result;
result:solve[4;1 4 4];
show result;
result:solve[11;1 1 1 1 1 1 1 1];
show result;
