solve:{[n] (n-1){(0,x)+x,0}\enlist 1}
result:solve[5];
show result;
result:count solve[1];
show result;
result:last solve[7];
show result;
