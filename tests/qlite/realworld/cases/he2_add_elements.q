/ HumanEval 122: sum the elements of at most two digits among the first k
ae:{sum t where 100>abs t:y#x}
show ae[1 -2 -3 41 57 76 87 88 99;3]
show ae'[(111 121 3 4000 5 6;11 21 3 90 5 6 7 8 9;111 21 3 4000 5 6 7 8 9);2 4 4]
