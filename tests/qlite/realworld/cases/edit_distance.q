editDist:{[s;t]
  m:count s; n:count t;
  dp:(m+1)#enlist (n+1)#0;
  dp[;0]:til m+1;
  dp[0]:til n+1;
  do[m; i:1+til[m] 0];
  i:1;
  while[i<=m;
    j:1;
    while[j<=n;
      c:$[s[i-1]=t[j-1];0;1];
      dp:.[dp;(i;j);:;min (dp[i-1;j]+1;dp[i;j-1]+1;dp[i-1;j-1]+c)];
      j+:1];
    i+:1];
  dp[m;n]}
show editDist["horse";"ros"]
show editDist["intention";"execution"]
