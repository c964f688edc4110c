solve:{[n] r:enlist 0; i:0; while[i<n; r,:reverse r+prd i#2; i+:1]; r}
result:solve[2];
show result;
result:solve[3];
show result;
result:solve[0];
show result;
