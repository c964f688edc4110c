/ HumanEval 131: product of the odd digits, 0 when there are none
dg:{d:10 vs x; o:d where 1=d mod 2; $[count o;prd o;0]}
show dg each 5 54 120 5014 98765 5576543 2468
