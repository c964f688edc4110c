/ HumanEval 109: can rotations sort the array
mob:{$[0=count x;1b;any {x~x@iasc x} each (til count x) rotate\: x]}
show mob each (3 4 5 1 2;3 5 10 1 2;4 3 1 2;3 5 4 1 2)
show mob `long$()
show 1 rotate 1 2 3
show -1 rotate 1 2 3
