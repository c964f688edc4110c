solve:{[m;t] r:raze m; i:r bin t; (i>=0) and t=r i}
m:(1 3 5 7;10 11 16 20;23 30 34 60);
result:solve[m;3];
show result;
result:solve[m;13];
show result;
result:solve[m;0];
show result;
result:m[1;2];
show result;
result:m[;0];
show result;
result:m . 2 3;
show result;
