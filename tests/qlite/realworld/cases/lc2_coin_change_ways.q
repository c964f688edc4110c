solve:{[amount;coins]
  dp:(amount+1)#0;
  dp[0]:1;
  i:0;
  while[i<count coins;
    c:coins i;
    j:c;
    while[j<=amount; dp[j]+:dp j-c; j+:1];
    i+:1];
  dp amount}
result:solve[5;1 2 5];
show result;
result:solve[3;enlist 2];
show result;
result:solve[10;enlist 10];
show result;
