/ HumanEval 73: changes needed to make a palindrome
sc:{sum((count x)div 2)#x<>reverse x}
show sc 1 2 3 5 4 7 9 6
show sc each (1 2 3 5 4 7 9 6;1 2 3 4 3 2 2;1 2 3 2 1;3 1 1 3)
