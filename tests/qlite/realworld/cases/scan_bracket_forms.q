show +\[1 2 3]
show +\[10;1 2 3]
show {x*y}\[1 2 3 4]
show 3 {x+1}\ 0
