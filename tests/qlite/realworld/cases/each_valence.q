f:{x+y*z}
show f'[1 2;3 4;5 6]
show f[1;;2] each 10 20
g:{[a;b;c] a,b,c}
show g/[0;1 2;3 4]
