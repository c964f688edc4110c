solve:{[nums;k] neg[k] rotate nums}
result:solve[1 2 3 4 5 6 7;3];
show result;
result:solve[-1 -100 3 99;2];
show result;
result:solve[1 2;5];
show result;
