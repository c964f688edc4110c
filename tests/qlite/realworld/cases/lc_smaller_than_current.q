smaller:{sum each x </: x}
f2:{(asc x)?x}
show smaller 8 1 2 2 3
show f2 8 1 2 2 3
