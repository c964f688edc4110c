knap:{[w;v;cap]
  dp:(cap+1)#0;
  i:0;
  while[i<count w;
    c:cap;
    while[c>=w i;
      dp[c]:max (dp c;(v i)+dp c-w i);
      c-:1];
    i+:1];
  dp cap}
show knap[1 3 4 5;1 4 5 7;7]
