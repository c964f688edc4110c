solve:{[grid]
  m:count grid;
  n:count first grid;
  dp:grid;
  dp[0]:sums grid 0;
  i:1;
  while[i<m;
    dp[i;0]:dp[i-1;0]+grid[i;0];
    j:1;
    while[j<n;
      dp[i;j]:grid[i;j]+dp[i-1;j]&dp[i;j-1];
      j+:1];
    i+:1];
  dp[m-1;n-1]}
result:solve[(1 3 1;1 5 1;4 2 1)];
show result;
result:solve[(1 2 3;4 5 6)];
show result;
result:solve[enlist 5 1 2];
show result;
