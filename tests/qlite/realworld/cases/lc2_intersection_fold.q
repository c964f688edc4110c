/ starting the fold from () keeps it empty: () inter y is ()
wrong:{[arrs] r:(); i:0; while[i<count arrs; r:r inter arrs i; i+:1]; r}
solve:{[arrs] (inter/) arrs}
result:solve[(3 1 2 4 5;1 2 3 4;3 4 5 6)];
show result;
result:wrong[(3 1 2 4 5;1 2 3 4;3 4 5 6)];
show result;
result:solve[(1 2;3 4)];
show result;
