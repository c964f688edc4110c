climb:{[n]
  if[n<3; :n];
  dp:(n+1)#0;
  dp[1]:1; dp[2]:2;
  i:3;
  do[n-2; dp[i]:dp[i-1]+dp[i-2]; i+:1];
  dp n}
show climb 2
show climb 5
show climb each 1 2 3 4 10
