/ HumanEval 69: the greatest value whose frequency is at least itself
srch:{c:count each group x; k:where c>=key c; $[count k;max k;-1]}
show srch each (4 1 2 2 3 1;1 2 2 3 3 3 4 4 4;5 5 4 4 4)
show count each group 4 1 2 2 3 1
