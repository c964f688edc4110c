board:{[n] (n;n)#`X`O`X}
visited:{[m] m>0}
halves:{[m] m%2}
result:board[3];
show result;
result:visited[(1 0 2;0 3 0)];
show result;
result:halves[(1 2;3 4)];
show result;
result:(1 0N;0N 4);
show result;
