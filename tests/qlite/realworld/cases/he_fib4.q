fib4:{[n]
  if[n<4; :0 0 2 0 n];
  r:0 0 2 0;
  do[n-3; r:1_r,sum r];
  last r}
show fib4 each 5 6 7
