/ sum of booleans is an int: 2i, not 2
solve:{[nums;target] sum nums<target}
solve2:{[nums;target] nums binr target}
result:solve[1 3 5 6;5];
show result;
result:solve[1 3 5 6;7];
show result;
result:solve2[1 3 5 6;2];
show result;
result:solve2[1 3 5 6;0];
show result;
result:solve2[1 3 5 6;7];
show result;
