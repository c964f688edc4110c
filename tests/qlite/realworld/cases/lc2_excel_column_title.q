solve:{[n] r:""; while[n>0; n-:1; r:.Q.A[n mod 26],r; n:n div 26]; r}
result:solve[1];
show result;
result:solve[28];
show result;
result:solve[701];
show result;
result:solve each 26 27;
show result;
