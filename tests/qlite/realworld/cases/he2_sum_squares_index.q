/ HumanEval 142: square at multiples of 3, cube at other multiples of 4
sq:{i:til count x; sum ?[0=i mod 3;x*x;?[0=i mod 4;x*x*x;x]]}
show sq 1 2 3
show sq each (1 4 9;`long$();9#1;9#-1;-56 -99 1 0 -2;-1 0 0 0 0 0 0 0 -1;-16 -9 -2 36 36 26 -20 25 -40 20 -4 12 -26 35 37)
