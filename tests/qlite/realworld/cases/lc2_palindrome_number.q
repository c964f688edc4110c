solve:{[x] s~reverse s:string x}
result:solve[121];
show result;
result:solve[-121];
show result;
result:solve[10];
show result;
result:solve each 0 11 123;
show result;
