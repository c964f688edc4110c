solve:{[nums;k] k#key desc count each group nums}
result:solve[1 1 1 2 2 3;2];
show result;
result:solve[enlist 1;1];
show result;
result:solve[4 4 5 5 5 6;1];
show result;
