solve:{[x] l:0; h:x; while[l<h; m:(l+h+1) div 2; $[(m*m)<=x; l:m; h:m-1]]; l}
/ a common slip: m*m<=x is m*(m<=x)
wrong:{[x] l:0; h:x; while[l<h; m:(l+h+1) div 2; $[m*m<=x; l:m; h:m-1]]; l}
result:solve[4];
show result;
result:solve[8];
show result;
result:solve each 0 1 15 16;
show result;
result:floor sqrt 8;
show result;
result:wrong[8];
show result;
