/ i-1-til i is i-(1-til i): the wrong version reads past the filled part of dp
wrong:{[n]
  dp:(n+1)#0;
  dp[0]:1;
  i:1;
  while[i<=n;
    dp[i]:sum dp[til i]*dp[i-1-til i];
    i+:1];
  dp n}
solve:{[n]
  dp:(n+1)#0;
  dp[0]:1;
  i:1;
  while[i<=n;
    dp[i]:sum dp[til i]*dp[(i-1)-til i];
    i+:1];
  dp n}
result:wrong[3];
show result;
result:solve[3];
show result;
result:solve[1];
show result;
result:solve[19];
show result;
