kth:{[x;k] (desc x) k-1}
show kth[3 2 1 5 6 4;2]
show kth[3 2 3 1 2 4 5 5 6;4]
