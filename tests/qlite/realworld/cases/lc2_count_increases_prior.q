solve:{[d] sum 1_d>prev d}
solve2:{[d] sum 0<1_deltas d}
solve3:{[d] sum 1_(>) prior d}
depths:199 200 208 210 200 207 240 269 260 263;
result:solve[depths];
show result;
result:solve2[depths];
show result;
result:solve3[depths];
show result;
result:deltas 1 4 9 16;
show result;
