/ HumanEval 139: the Brazilian factorial
sf:{prd prd each 1+til each 1+til x}
show sf 4
show sf each 4 5 7 1
show til each 1+til 3
