/ HumanEval 138: a sum of four positive even numbers
ie:{(x>=8)&0=x mod 2}
show ie each 4 6 8 10 11 12 13 16
