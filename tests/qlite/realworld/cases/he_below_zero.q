belowZero:{any 0>sums x}
show belowZero 1 2 3
show belowZero 1 2 -4 5
