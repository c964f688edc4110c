t:([]a:1 2 3;b:`x`y`z)
show 5#t
show 5 sublist t
show -4#t
