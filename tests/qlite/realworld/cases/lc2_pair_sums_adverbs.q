table:{x*/:x}
pairs:{[nums;t] c:count nums; sum sum (t=nums+/:nums)&(til c)</:til c}
result:table 1 2 3;
show result;
result:pairs[1 5 7 -1 5;6];
show result;
result:pairs[1 1 1 1;2];
show result;
result:1 2 3+\:10 20;
show result;
