solve:{[prices] max prices-mins prices}
loopSolve:{[p] lo:0W; best:0; i:0; do[count p; lo:lo&p i; best:best|p[i]-lo; i+:1]; best}
result:solve[7 1 5 3 6 4];
show result;
result:solve[7 6 4 3 1];
show result;
result:loopSolve[7 1 5 3 6 4];
show result;
result:loopSolve[2 4 1];
show result;
