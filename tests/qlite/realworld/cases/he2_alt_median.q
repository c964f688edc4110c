/ HumanEval 47 again: med against a hand-written median
md:{s:x@iasc x; n:count s; $[n mod 2;s n div 2;avg s (n div 2)-0 1]}
show md 3 1 2 4 5
show md -10 4 6 1000 10 20
show med -10 4 6 1000 10 20
show md 8 1 3 9 9 2 7
show med 5
