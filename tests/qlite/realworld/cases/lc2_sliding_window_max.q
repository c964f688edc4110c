solve:{[nums;k] (k-1)_k mmax nums}
result:solve[1 3 -1 -3 5 3 6 7;3];
show result;
result:solve[enlist 1;1];
show result;
