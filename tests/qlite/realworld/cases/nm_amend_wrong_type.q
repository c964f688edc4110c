/ put a char into a long vector
x:1 2 3
x[0]:10
show x
x[1]:"a"
show x
