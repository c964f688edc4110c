x:1 2 3 4 5
show avgs x
show 2 mavg x
show 3 msum x
show 2 mmax 1 5 2 4
show ratios 1 2 4 6
show maxs 1 3 2 5
show mins 5 3 4 1
