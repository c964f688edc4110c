f:{[a;b;c] a+b*c}
show f[1;2] each 1 2 3
show f[;2;3] each 10 20
