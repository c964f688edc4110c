solve:{[h] sum h<>asc h}
result:solve[1 1 4 2 1 3];
show result;
result:solve[5 1 2 3 4];
show result;
result:solve[1 2 3];
show result;
