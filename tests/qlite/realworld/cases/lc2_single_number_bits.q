solve:{[nums] first where 1=count each group nums}
xorAll:{0b sv (<>/) 0b vs/: x}
result:solve[2 2 1];
show result;
result:solve[4 1 2 1 2];
show result;
result:xorAll[4 1 2 1 2];
show result;
result:xorAll[enlist 7];
show result;
