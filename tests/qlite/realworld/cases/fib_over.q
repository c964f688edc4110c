fib:{x,sum -2#x}/[8;0 1]
show fib
show last fib
