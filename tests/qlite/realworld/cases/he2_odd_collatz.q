/ HumanEval 123: the odd numbers of a Collatz sequence, sorted
collatz:{$[0=x mod 2;x div 2;1+3*x]}
show collatz\[{x>1};6]
goc:{asc distinct t where 1=(t:collatz\[{x>1};x]) mod 2}
show goc 14
show goc 5
show goc 12
show goc 1
