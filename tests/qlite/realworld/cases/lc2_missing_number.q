solve:{[nums] (sum til 1+count nums)-sum nums}
result:solve[3 0 1];
show result;
result:solve[0 1];
show result;
result:solve[9 6 4 2 3 5 7 0 1];
show result;
