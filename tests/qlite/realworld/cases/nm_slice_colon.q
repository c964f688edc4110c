/ slice with x[1:3]
x:10 20 30 40 50
show 2#1_x
show x[1 2]
y:x[1:3]
show y
