show 5 xbar 1 6 12 15 22
show 10 xbar 37
