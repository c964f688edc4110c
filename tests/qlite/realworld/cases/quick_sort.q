qs:{$[2>count x;x;[p:x 0; (.z.s x where x<p),(x where x=p),.z.s x where x>p]]}
show qs 3 6 1 8 2 9 2
show qs `long$()
