/ HumanEval 39: the n-th Fibonacci number that is also prime
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
fibs:{x,sum -2#x}/[20;1 1]
show count fibs
show -3#fibs
pf:fibs where isPrime each fibs
primeFib:{pf x-1}
show primeFib each 1+til 6
