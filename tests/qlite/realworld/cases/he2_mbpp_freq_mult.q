/ MBPP 97 and 98: frequencies over a flattened list; product over count
fl:{count each group raze x}
show fl (1 2 3 2;4 5 6 2;7 8 9 5)
mn:{(prd x)%count x}
show mn 8 2 3 -1 7
show mn -10 -20 -30
show mn 19 15 18
