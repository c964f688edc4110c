solve:{[n] sum til n}
result:solve[10];
show result;
result:solve[0];
show result;
