solve:{[nums] (1+til count nums) except nums}
result:solve[4 3 2 7 8 2 3 1];
show result;
result:solve[1 1];
show result;
result:solve[1 2 3];
show result;
