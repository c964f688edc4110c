/ HumanEval 87: coordinates of x, rows ascending and columns descending
gr:{[m;v] raze {[v;r;row] r,'desc where row=v}[v]'[til count m;m]}
m:(1 2 3 4 5 6;1 2 3 4 1 6;1 2 3 4 5 1)
r:gr[m;1]
show r
0N!r;
show count gr[m;9]
