/ HumanEval 128: sum of magnitudes times the product of signs
ps:{$[0=count x;0N;(prd signum x)*sum abs x]}
show ps each (1 2 2 -4;0 1;1 1 1 2 3 -1 1;-1 1 -1 1)
show ps `long$()
show type prd signum 1 -2
