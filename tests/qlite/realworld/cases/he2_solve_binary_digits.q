/ HumanEval 84: the sum of the decimal digits, written in binary
solve:{raze string 2 vs sum 10 vs x}
-1 solve 1000;
-1 solve 150;
-1 solve 147;
show 10 vs 147
show 2 vs 12
