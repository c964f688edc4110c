lis:{[nums]
  n:count nums;
  dp:n#1;
  i:1;
  while[i<n;
    j:0;
    while[j<i;
      if[nums[j]<nums[i]; dp[i]:max (dp i;1+dp j)];
      j+:1];
    i+:1];
  max dp}
show lis 10 9 2 5 3 7 101 18
show lis 0 1 0 3 2 3
