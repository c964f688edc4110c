isPrime:{$[x<2;0b;x<4;1b;0=x mod 2;0b;all 0<x mod 2+til -1+floor sqrt x]}
show isPrime each 1 2 3 4 5 9 11 25 29
show where isPrime each til 30
