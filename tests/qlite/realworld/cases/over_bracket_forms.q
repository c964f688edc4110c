show +/[1 2 3 4]
show +/[100;1 2 3]
show {x+y}/[0;1 2 3]
show (*/) 1 2 3 4
show max/[3 9 2]
