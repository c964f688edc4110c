memo:(enlist 0N)!enlist 0N
fib:{[n]
  if[n<2; :n];
  if[n in key memo; :memo n];
  r:fib[n-1]+fib[n-2];
  memo[n]::r;
  r}
show fib 50
