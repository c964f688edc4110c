solve:{[t] first {y+(-1_x)&1_x}/[last t;reverse -1_t]}
result:solve[(enlist 2;3 4;6 5 7;4 1 8 3)];
show result;
result:solve[enlist enlist -10];
show result;
