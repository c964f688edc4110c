solve:{[nums;k] max ((k-1)_k msum nums)%k}
result:solve[1 12 -5 -6 50 3;4];
show result;
result:solve[enlist 5;1];
show result;
result:solve[1 2 3 4;3];
show result;
