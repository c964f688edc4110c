solve:{[m;k] (asc raze m) k-1}
hIndex:{[c] sum (desc c)>=1+til count c}
result:solve[(1 5 9;10 11 13;12 13 15);8];
show result;
result:solve[enlist enlist -5;1];
show result;
result:hIndex[3 0 6 1 5];
show result;
result:hIndex[1 3 1];
show result;
