solve:{[nums] first key desc count each group nums}
boyer:{[nums]
  cand:0N; cnt:0;
  i:0;
  while[i<count nums;
    if[cnt=0; cand:nums i];
    cnt+:$[cand=nums i;1;-1];
    i+:1];
  cand}
result:solve[3 2 3];
show result;
result:solve[2 2 1 1 1 2 2];
show result;
result:boyer[2 2 1 1 1 2 2];
show result;
result:desc count each group 3 2 3 1;
show result;
