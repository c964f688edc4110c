t:([]a:1 2 3 4 5;b:`v`w`x`y`z)
show 2#t
show -2#t
show 3_t
show 2 sublist t
show 1 2 sublist t
show t 0 2
show t[3;`b]
show reverse t
