/ HumanEval 70 again: min, max, min, ... by alternately taking from both ends
ss1:{s:x@iasc x; r:(); while[count s; r,:first s; s:1_s; if[count s; r,:last s; s:-1_s]]; r}
show ss1 1 2 3 4
show ss1 5 6 7 8 9
show ss1 5 5 5 5
show ss1 0 2 2 2 5 5 -5 -5
show ss1 enlist 111111
