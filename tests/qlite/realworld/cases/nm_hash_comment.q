/ comment written with #
x:10
show x
y:x+1 # add one
show y
