m:(1 2 3;4 5 6)
show .[m;1 2;:;0]
show .[m;(0;::);neg]
m[1;0]:100
show m
show m[;1]
