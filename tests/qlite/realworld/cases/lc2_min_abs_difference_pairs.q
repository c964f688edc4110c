solve:{[arr] a:asc arr; d:1_deltas a; m:min d; a (-1 0)+/:1+where d=m}
result:solve[4 2 1 3];
show result;
result:solve[1 3 6 10 15];
show result;
result:solve[3 8 -10 23 19 -4 -14 27];
show result;
