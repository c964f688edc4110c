twoSum:{[nums;t]
  seen:()!();
  i:0;
  while[i<count nums;
    c:t-nums i;
    if[c in key seen; :(seen c;i)];
    seen[nums i]:i;
    i+:1];
  ()}
show twoSum[3 3;6]
show twoSum[1 5 9 2;11]
