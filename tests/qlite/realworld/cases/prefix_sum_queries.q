a:-2 0 3 -5 2 -1
p:0,sums a
sumRange:{[i;j] p[j+1]-p i}
show sumRange[0;2]
show sumRange[2;5]
show sumRange[0;5]
