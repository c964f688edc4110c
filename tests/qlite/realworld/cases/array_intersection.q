show distinct 1 2 2 1 inter 2 2
show 4 9 5 inter 9 4 9 8 4
