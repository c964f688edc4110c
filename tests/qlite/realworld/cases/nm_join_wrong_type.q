/ grow a long vector with a float and a string
x:1 2 3
x,:4
show x
x,:5.5
show x
