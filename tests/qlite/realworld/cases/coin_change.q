coinChange:{[coins;amount]
  dp:(amount+1)#0W;
  dp[0]:0;
  i:1;
  while[i<=amount;
    c:coins where coins<=i;
    if[count c; dp[i]:min dp[i]&1+dp i-c];
    i+:1];
  $[dp[amount]=0W;-1;dp amount]}
show coinChange[1 2 5;11]
show coinChange[enlist 2;3]
show coinChange[enlist 1;0]
