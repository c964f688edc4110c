solve:{[x] n:count x; x where each neg[n]#'0b vs/: til prd n#2}
result:solve[1 2 3];
show result;
result:count solve[til 5];
show result;
result:solve[enlist 9];
show result;
