solve:{[m] flip reverse m}
result:solve[(1 2 3;4 5 6;7 8 9)];
show result;
result:solve[(5 1 9 11;2 4 8 10;13 3 6 7;15 14 12 16)];
show result;
result:flip (1 2 3;4 5 6);
show result;
