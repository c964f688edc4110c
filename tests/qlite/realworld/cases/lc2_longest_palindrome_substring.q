expand:{[s;l;r]
  while[(l>=0) and (r<count s) and s[l]=s[r]; l-:1; r+:1];
  (l+1;r-l+1)}
solve:{[s]
  best:0 0;
  i:0;
  while[i<count s;
    a:expand[s;i;i];
    b:expand[s;i;i+1];
    if[a[1]>best 1; best:a];
    if[b[1]>best 1; best:b];
    i+:1];
  best[1]#best[0]_s}
result:solve["babad"];
show result;
result:solve["cbbd"];
show result;
result:solve[enlist "a"];
show result;
result:solve["forgeeksskeegfor"];
show result;
