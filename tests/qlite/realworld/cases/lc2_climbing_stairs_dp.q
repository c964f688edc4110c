solve:{[n]
  if[n<3; :n];
  dp:(n+1)#0;
  dp[1]:1;
  dp[2]:2;
  i:3;
  while[i<=n;
    dp[i]:dp[i-1]+dp[i-2];
    i+:1];
  dp n}
result:solve[2];
show result;
result:solve[3];
show result;
result:solve[5];
show result;
result:solve[45];
show result;
