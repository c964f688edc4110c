/ HumanEval 3 again: does the running balance drop below zero (sums, scan, mins)
bz:{any 0>sums x}
bz2:{0>min 0,sums x}
bz3:{0>(&/)0 (+)\ x}
show bz each (`long$();1 2 -3 1 2 -3;1 2 -4 5 6;1 -1 2 -2 5 -5 4 -5)
show bz2 each (`long$();1 2 -3 1 2 -3;1 2 -4 5 6;1 -1 2 -2 5 -5 4 -5)
show bz3 each (1 2 -3 1 2 -3;1 2 -4 5 6)
show sums 1 2 -4 5 6
show mins 3 1 2 0 5
