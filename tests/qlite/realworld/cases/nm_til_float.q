/ range over a float count
n:4
show til n
m:n%2
show m
show til m
show `unreached
