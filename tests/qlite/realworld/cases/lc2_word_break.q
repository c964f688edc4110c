solve:{[s;words]
  n:count s;
  dp:(n+1)#0b;
  dp[0]:1b;
  i:1;
  while[i<=n;
    j:0;
    while[j<i;
      if[dp[j] and (j _ i#s) in words; dp[i]:1b];
      j+:1];
    i+:1];
  dp n}
result:solve["leetcode";("leet";"code")];
show result;
result:solve["applepenapple";("apple";"pen")];
show result;
result:solve["catsandog";("cats";"dog";"sand";"and";"cat")];
show result;
