mono:{(x~asc x) or x~desc x}
show mono 1 2 4 20
show mono 1 20 4 10
show mono 4 1 0 -10
