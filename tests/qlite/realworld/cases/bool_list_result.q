solve:{[nums] nums>0}
result:solve[1 -1 2];
show result;
