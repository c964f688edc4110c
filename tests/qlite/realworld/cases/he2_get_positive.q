/ HumanEval 30: keep the positive numbers
getPositive:{x where x>0}
show getPositive -1 2 -4 5 6
show getPositive 5 3 -5 2 -3 3 9 0 123 1 -10
show getPositive -1 -2
show getPositive[-1 2 -4 5 6]~2 5 6
