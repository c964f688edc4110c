/ HumanEval 60: 1+2+..+n by sum til and by the closed form
sumTo:{sum 1+til x}
show sumTo each 30 100 5 10 1
closed:{(x*x+1) div 2}
show closed each 30 100 5 10 1
show (sumTo each 1+til 20)~closed each 1+til 20
