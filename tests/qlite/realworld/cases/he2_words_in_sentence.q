/ HumanEval 143: keep the words whose length is prime
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
wis:{" " sv w where isPrime each count each w:" " vs x}
-1 wis "This is a test";
-1 wis "lets go for swimming";
-1 wis "there is no place available here";
-1 wis "Hi I am Hussein";
-1 wis "go for it";
-1 wis "here is";
