solve:{[m;n]
  dp:(m;n)#1;
  i:1;
  while[i<m;
    j:1;
    while[j<n;
      dp[i;j]:dp[i-1;j]+dp[i;j-1];
      j+:1];
    i+:1];
  dp}
result:last last solve[3;7];
show result;
result:solve[3;2][2;1];
show result;
result:solve[3;3];
show result;
result:solve[1;4];
show result;
