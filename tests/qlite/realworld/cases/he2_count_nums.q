/ HumanEval 108: numbers whose signed digits sum above zero
sd:{d:10 vs abs x; d[0]*:signum x; sum d}
cn:{sum 0<sd each x}
show sd -123
show cn each (1 1 2 -2 3 4 5;-1 11 -11;12 23 34 -45 -56)
show signum -3 0 5
