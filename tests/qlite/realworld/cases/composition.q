sq:{x*x}
ssq:sum sq@
show ssq 1 2 3
f:('[neg;sum])
show f 1 2 3
h:(count distinct@)
show h 1 1 2 3 3
