solve:{[a] d:1_deltas a; (all d>=0) or all d<=0}
result:solve[1 2 2 3];
show result;
result:solve[6 5 4 4];
show result;
result:solve[1 3 2];
show result;
result:solve[enlist 1];
show result;
