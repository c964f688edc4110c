t:([]a:`x`y`x`x;b:1 2 1 2;v:10 20 30 40)
show `a`b xgroup t
