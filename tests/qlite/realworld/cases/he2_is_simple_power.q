/ HumanEval 76: is x an integral power of n
isp:{[x;n] $[n=1;x=1;[p:1; while[p<x; p*:n]; p=x]]}
show isp[16;2]
show isp'[1 2 8 3 3 5 16 24;4 2 2 2 1 3 4 2]
