/ HumanEval 133: sum of squares after rounding up
ss2:{sum {x*x} ceiling x}
show ss2 1 2 3f
show ss2 each (1.4 4.2 0;-2.4 1 1f;100 1 15 2f;10000 10000f;-1.4 4.6 6.3)
