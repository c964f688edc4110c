/ HumanEval 88: ascending when first+last is odd, else descending
sa:{$[0=count x;x;1=(first[x]+last x) mod 2;asc x;desc x]}
show sa 2 4 3 0 1 5
show sa 2 4 3 0 1 5 6
show sa enlist 5
show sa 2 1
show sa 15 42 87 32 11 0
