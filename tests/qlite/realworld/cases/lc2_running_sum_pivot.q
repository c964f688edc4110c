runningSum:{[nums] sums nums}
pivot:{[nums] first where (sums[nums]-nums)=(sum nums)-sums nums}
result:runningSum[3 1 2 10 1];
show result;
result:pivot[1 7 3 6 5 6];
show result;
result:pivot[2 1 -1];
show result;
/ no pivot: first of an empty long list is a null, not -1
result:pivot[1 2 3];
show result;
