/ HumanEval 41: n squared, as a float power and as a product
show {x xexp 2} each 2 3 4 8 10
show {x*x} 2 3 4 8 10
show 2 xexp 10
show `long$3 xexp 4
