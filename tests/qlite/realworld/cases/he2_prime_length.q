/ HumanEval 82: is the length of the string prime
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
pl:('[isPrime;count])
show pl "Hello"
show pl each ("Hello";"abcdcba";"kittens";"orange";"";"Madam")
