/ HumanEval 90: the second smallest distinct element or null
ns:{d:asc distinct x; $[2>count d;0N;d 1]}
show ns each (1 2 3 4 5;5 1 4 3 2;1 1;1 1 1 1 0;-35 34 12 -45)
show ns enlist 7
show null ns 1 1
