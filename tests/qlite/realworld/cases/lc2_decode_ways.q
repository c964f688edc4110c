solve:{[s]
  n:count s;
  dp:(n+1)#0;
  dp[0]:1;
  i:1;
  while[i<=n;
    if[s[i-1]<>"0"; dp[i]+:dp i-1];
    if[i>1;
      v:"J"$s (i-2;i-1);
      if[(v>=10) and v<=26; dp[i]+:dp i-2]];
    i+:1];
  dp n}
result:solve["12"];
show result;
result:solve["226"];
show result;
result:solve["06"];
show result;
result:solve["11106"];
show result;
