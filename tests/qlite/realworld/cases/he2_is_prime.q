/ HumanEval 31: primality by trial division
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
show isPrime 6
show isPrime 101
show isPrime each 6 101 11 13441 61 4 1
show where isPrime each til 30
