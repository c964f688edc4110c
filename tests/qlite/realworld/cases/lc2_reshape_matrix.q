solve:{[m;r;c] $[(r*c)=count raze m; (r;c)#raze m; m]}
result:solve[(1 2;3 4);1;4];
show result;
result:count solve[(1 2;3 4);1;4];
show result;
result:solve[(1 2;3 4);2;4];
show result;
result:solve[(1 2;3 4);4;1];
show result;
