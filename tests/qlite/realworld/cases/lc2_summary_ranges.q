solve:{[nums]
  if[0=count nums; :()];
  r:();
  s:first nums;
  i:1;
  while[i<=count nums;
    if[(i=count nums) or nums[i]<>1+nums i-1;
      r,:enlist $[s=nums i-1; string s; (string s),"->",string nums i-1];
      if[i<count nums; s:nums i]];
    i+:1];
  r}
result:solve[0 1 2 4 5 7];
show result;
result:solve[0 2 3 4 6 8 9];
show result;
result:solve[`long$()];
show result;
