f:{[a;b;c] a*b+c}
show f[2;3;4]
show {x+y} . 1 2
show {x*2}@3
show {[x] x*x} each 1 2 3
show (f[1;;]) . 2 3
