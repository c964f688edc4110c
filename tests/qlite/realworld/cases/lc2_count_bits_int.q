/ counting bits: sum of booleans is an int
solve:{[n] sum each 0b vs/: til n+1}
weight:{sum 0b vs x}
result:solve[5];
show result;
result:solve[2];
show result;
result:weight[11];
show result;
result:weight[128];
show result;
