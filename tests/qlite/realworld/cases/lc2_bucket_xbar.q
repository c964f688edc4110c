solve:{[nums] count each group 10 xbar nums}
result:solve[1 5 12 15 23];
show result;
result:10 xbar 1 5 12 15 23;
show result;
result:5 xbar 17;
show result;
