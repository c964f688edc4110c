show sums 1 2 3 4
show (+\) 3 1 2 10 1
