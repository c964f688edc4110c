/ HumanEval 75: a product of exactly three primes
factors:{r:`long$(); d:2; while[x>1; $[0=x mod d; [r,:d; x:x div d]; d+:1]]; r}
show factors 30
show factors 8
imp:{3=count factors x}
show imp each 5 30 8 10 125 105
