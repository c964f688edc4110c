solve:{[a;b] a {sum x*y}/:\: flip b}
result:solve[(1 2;3 4);(5 6;7 8)];
show result;
result:solve[(1 0;0 1);(9 8;7 6)];
show result;
