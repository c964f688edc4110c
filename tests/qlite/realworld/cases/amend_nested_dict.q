d:`a`b!(1 2 3;4 5 6)
d[`a;1]:99
show d
