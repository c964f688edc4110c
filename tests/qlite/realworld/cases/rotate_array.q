rot:{[x;k] neg[k] rotate x}
show rot[1 2 3 4 5 6 7;3]
show rot[-1 -100 3 99;2]
