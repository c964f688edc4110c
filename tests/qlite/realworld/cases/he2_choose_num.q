/ HumanEval 102: the biggest even number in [x,y]
cn:{$[x>y;-1;0=y mod 2;y;x=y;-1;y-1]}
show cn[12;15]
show cn'[12 13 33 5234 6 27 7 546;15 12 12354 5233 29 10 7 546]
