solve:{[nums] max {y*x+y}\[nums]}
result:solve[1 1 0 1 1 1];
show result;
result:solve[1 0 1 1 0 1];
show result;
result:{y*x+y}\[1 1 0 1 1 1];
show result;
