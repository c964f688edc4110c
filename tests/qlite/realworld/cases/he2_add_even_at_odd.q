/ HumanEval 85: add the even elements at odd indices
ae:{sum x where (1=(til count x) mod 2)&0=x mod 2}
show ae each (4 2 6 7;4 88;4 5 6 7 2 122;4 0 6 7;4 4 6 8)
