t:([]a:1 2;b:`x`y;c:1.5 2.5)
show `c`a xcols t
show `A`B xcol t
show `b xcols t
