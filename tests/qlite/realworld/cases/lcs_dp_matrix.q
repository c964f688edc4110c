lcs:{[a;b]
  m:count a; n:count b;
  dp:(m+1;n+1)#0;
  i:1;
  while[i<=m;
    j:1;
    while[j<=n;
      dp[i;j]:$[a[i-1]=b[j-1];1+dp[i-1;j-1];max(dp[i-1;j];dp[i;j-1])];
      j+:1];
    i+:1];
  dp[m;n]}
show lcs["abcde";"ace"]
show lcs["abc";"def"]
