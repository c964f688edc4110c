solve:{[nums;k] k#desc nums}
/ called with one argument: the result is a projection, not a list
result:solve[3 1 2];
show result;
result:.[solve;(3 1 2;2;1);{"caught: ",x}];
show result;
result:solve[3 1 2;2];
show result;
show solve[3 1 2;2;1];
