/ HumanEval 127: is the length of two intervals' intersection prime
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
ix:{lo:max(x 0;y 0); hi:min(x 1;y 1); $[isPrime hi-lo;"YES";"NO"]}
-1 ix'[(1 2;-1 1;-3 -1;-2 2;-11 2;1 2);(2 3;0 4;-5 5;-4 0;-1 -1;3 5)];
