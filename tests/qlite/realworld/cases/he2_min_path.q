/ HumanEval 129: the lexicographically smallest path of k cells alternates 1 and its smallest neighbour
mp:{[g;k]
  n:count g;
  f:raze g; p:f?1; i:p div n; j:p mod n;
  cand:((i-1;j);(i+1;j);(i;j-1);(i;j+1));
  cand:cand where {[n;c] all c within (0;n-1)}[n] each cand;
  v:min {[g;c] g . c}[g] each cand;
  k#1,v}
show mp[(1 2 3;4 5 6;7 8 9);3]
show mp[(5 9 3;4 1 6;7 8 2);1]
show mp[(1 2 3 4;5 6 7 8;9 10 11 12;13 14 15 16);4]
show mp[(6 4 13 10;5 7 12 1;3 16 11 15;8 14 9 2);7]
show mp[(1 3;3 2);10]
