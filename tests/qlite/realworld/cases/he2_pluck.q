/ HumanEval 68: the smallest even value and its index
pl:{e:where 0=x mod 2; $[count e;(m;x?m:min x e);`long$()]}
show pl 4 2 3
show pl 1 2 3
show pl `long$()
show pl 5 0 3 0 4 2
show pl 1 2 3 0 5 3
show pl 7 9 7 1
