place:{[n;row;cols;d1;d2]
  if[row=n; :1];
  total:0; c:0;
  while[c<n;
    if[not (c in cols) or ((row+c) in d1) or (row-c) in d2;
      total+:place[n;row+1;cols,c;d1,row+c;d2,row-c]];
    c+:1];
  total}
solve:{[n] place[n;0;`long$();`long$();`long$()]}
result:solve[4];
show result;
result:solve[1];
show result;
result:solve each 5 6;
show result;
