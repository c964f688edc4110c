solve:{[nums] nums where nums>0}
result:solve[-1 2 -3 4];
show result;
result:solve[-1 -2];
show result;
