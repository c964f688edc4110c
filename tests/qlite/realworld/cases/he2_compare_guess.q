/ HumanEval 152: how far off each guess was
cmp:{abs x-y}
show cmp[1 2 3 4 5 1;1 2 3 4 2 -2]
show cmp[0 0 0 0 0 0;0 0 0 0 0 0]
show cmp[1 2 3;-1 -2 -3]
show cmp[0 5 0 0 0 4;4 1 1 0 0 -2]
