/ HumanEval 103: the average in binary, or -1
ra:{$[x>y;-1;"0b",raze string 2 vs (x+y) div 2]}
-1 ra[1;5];
-1 ra[7;13];
-1 ra[362;496];
-1 ra[350;902];
show ra[7;5]
show -8#0b vs 10
