show {x div 2}\[10]
show (neg\) 5
collatz:{$[0=x mod 2;x div 2;1+3*x]}
show {x>1} collatz\ 6
show count {x>1} collatz\ 27
