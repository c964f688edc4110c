/ HumanEval 150: x when n is prime, else y
isPrime:{$[x<2;0b;all 0<x mod 2_til 1+floor sqrt x]}
xy:{$[isPrime x;y;z]}
show xy[7;34;12]
show xy .' (15 8 5;3 33 5212;1259 3 52;7919 -1 12;3609 1245 583;91 56 129;6 34 1234;1 2 0;2 2 0)
