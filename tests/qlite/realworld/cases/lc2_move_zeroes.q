solve:{[nums] (nums where nums<>0),(sum nums=0)#0}
result:solve[0 1 0 3 12];
show result;
result:solve[enlist 0];
show result;
result:solve[1 2 3];
show result;
