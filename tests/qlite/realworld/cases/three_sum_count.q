threeSum:{[nums]
  n:count nums;
  r:();
  i:0;
  while[i<n;
    j:i+1;
    while[j<n;
      k:j+1;
      while[k<n;
        if[0=nums[i]+nums[j]+nums k; r,:enlist asc nums i,j,k];
        k+:1];
      j+:1];
    i+:1];
  distinct r}
r:threeSum -1 0 1 2 -1 -4
show count r
show r 0
