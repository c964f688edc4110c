/ HumanEval 136: the largest negative and the smallest positive, null when missing
lsi:{n:x where x<0; p:x where x>0; ($[count n;max n;0N];$[count p;min p;0N])}
show lsi 2 4 1 3 5 7
show lsi -1 -3 -5 -6
show lsi -6 -4 -4 -3 100 1
show lsi 0 0
show max `long$()
show min `long$()
