/ HumanEval 77: is the integer a perfect cube
ic:{a:abs x; r:floor 0.5+a xexp 1%3; a=r*r*r}
show ic each 1 2 -1 64 180 0
show ic 1000
show floor 0.5+64 xexp 1%3
