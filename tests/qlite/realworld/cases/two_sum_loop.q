/ two sum: indices of the two numbers adding to target
twoSum:{[nums;target]
  n:count nums;
  i:0;
  while[i<n;
    j:i+1;
    while[j<n;
      if[target=nums[i]+nums[j]; :(i;j)];
      j+:1];
    i+:1];
  :()
  }
result:twoSum[2 7 11 15;9];
show result;
show twoSum[3 2 4;6];
