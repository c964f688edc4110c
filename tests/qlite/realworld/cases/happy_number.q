isHappy:{[n]
  seen:`long$();
  while[not n in seen;
    seen,:n;
    n:sum d*d:10 vs n];
  n=1}
show isHappy 19
show isHappy 2
