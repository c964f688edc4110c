solve:{[digits] 10 vs 1+10 sv digits}
loopSolve:{[d]
  i:-1+count d;
  while[i>=0;
    if[d[i]<9; d[i]+:1; :d];
    d[i]:0;
    i-:1];
  1,d}
result:solve[1 2 3];
show result;
result:solve[9 9 9];
show result;
result:solve[enlist 0];
show result;
result:loopSolve[4 3 2 1];
show result;
result:loopSolve[9 9];
show result;
