/ HumanEval 151: squares of the odd positive integers
dd:{sum {x*x} x where (x>0)&(1=x mod 2)&x=floor x}
show dd 5 4
show dd 0.1 0.2 0.3
show dd -10 -20 -30
show dd -1 -2 8
show dd 0.2 3 5
show dd `long$()
