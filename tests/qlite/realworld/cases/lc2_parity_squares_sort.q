parity:{[a] a iasc a mod 2}
squares:{[a] asc a*a}
relSort:{[a;b] w:a where a in b; (w iasc b?w),asc a where not a in b}
result:parity[3 1 2 4];
show result;
result:squares[-4 -1 0 3 10];
show result;
result:relSort[2 3 1 3 2 4 6 7 9 2 19;2 1 4 3 9 6];
show result;
