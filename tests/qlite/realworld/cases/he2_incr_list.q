/ HumanEval 42: add one to every element, as a projection
incr:1+
show incr 3 2 1
show incr 5 2 5 2 3 3 9 0 123
show incr `long$()
show (1+) 2.5 3
