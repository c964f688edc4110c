solve:{[m] all raze (1_'1_m)=-1_'-1_m}
result:solve[(1 2 3 4;5 1 2 3;9 5 1 2)];
show result;
result:solve[(1 2;2 2)];
show result;
result:(1 2 3;4 5 6)=(1 0 3;4 0 6);
show result;
