dfs:{[i;j]
  if[(i<0) or (j<0) or (i>=count g) or j>=count first g; :0];
  if[g[i;j]<>"1"; :0];
  .[`g;(i;j);:;"0"];
  dfs[i+1;j]; dfs[i-1;j]; dfs[i;j+1]; dfs[i;j-1];
  1}
solve:{[grid]
  `g set grid;
  n:0; i:0;
  while[i<count grid;
    j:0;
    while[j<count first grid; n+:dfs[i;j]; j+:1];
    i+:1];
  n}
result:solve[("11000";"11000";"00100";"00011")];
show result;
result:solve[("11110";"11010";"11000";"00000")];
show result;
show g;
