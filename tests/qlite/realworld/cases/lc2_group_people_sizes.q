solve:{[sizes] value group sizes}
result:solve[3 3 3 3 3 1 3];
show result;
result:solve[2 1 3 3 3 2];
show result;
