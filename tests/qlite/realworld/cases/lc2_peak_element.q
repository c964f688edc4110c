solve:{[nums] first where (nums>prev nums) and nums>next nums}
result:solve[1 2 3 1];
show result;
result:solve[1 2 1 3 5 6 4];
show result;
result:solve[enlist 7];
show result;
