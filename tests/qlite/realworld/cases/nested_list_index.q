m:(1 2 3;4 5 6;7 8 9)
show m[1]
show m[1;1]
show m[0 2;1]
show m . 2 0
show m[;2]
