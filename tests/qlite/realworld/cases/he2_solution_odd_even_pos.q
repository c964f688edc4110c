/ HumanEval 121: sum of odd elements in even positions
sol:{sum x where (0=(til count x) mod 2)&1=x mod 2}
show sol 5 8 7 1
show sol each (5 8 7 1;3 3 3 3 3;30 13 24 321;30 13 23 32;3 13 2 9)
