show enlist 1
show enlist "a"
show enlist `a
show count enlist 1 2 3
show (),5
