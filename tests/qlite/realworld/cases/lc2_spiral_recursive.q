solve:{[m] $[count m; (first m),.z.s reverse flip 1_m; ()]}
result:solve[(1 2 3;4 5 6;7 8 9)];
show result;
result:solve[(1 2 3 4;5 6 7 8;9 10 11 12)];
show result;
result:solve[enlist 1 2];
show result;
