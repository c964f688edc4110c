solve:{[h] sum ((maxs h)&reverse maxs reverse h)-h}
result:solve[0 1 0 2 1 0 1 3 2 1 2 1];
show result;
result:solve[4 2 0 3 2 5];
show result;
