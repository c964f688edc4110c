solve:{[nums]
  jumps:0; cur:0; far:0; i:0;
  while[i<-1+count nums;
    far:far|i+nums i;
    if[i=cur; jumps+:1; cur:far];
    i+:1];
  jumps}
/ wrong: the last negative running sum is not where the tank runs lowest
gas:{[g;c] $[(sum g)<sum c; -1; 1+last where 0>sums g-c]}
gasFixed:{[g;c] $[(sum g)<sum c; -1; (1+s?min s:sums g-c) mod count g]}
result:solve[2 3 1 1 4];
show result;
result:solve[2 3 0 1 4];
show result;
result:solve[enlist 0];
show result;
result:gas[1 2 3 4 5;3 4 5 1 2];
show result;
result:gas[2 3 4;3 4 3];
show result;
result:gasFixed[1 2 3 4 5;3 4 5 1 2];
show result;
