/ x = 5 compares, it does not assign
x:3
x = 5
show x
show x = 5
show x = 3
