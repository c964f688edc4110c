solve:{[n] (n>0) and 1=sum 0b vs n}
result:solve[1];
show result;
result:solve[16];
show result;
result:solve[3];
show result;
result:solve each 0 64 100;
show result;
