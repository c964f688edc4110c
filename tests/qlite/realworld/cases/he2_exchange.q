/ HumanEval 110: can swaps make the first list all even
ex:{$[(sum 1=x mod 2)<=sum 0=y mod 2;"YES";"NO"]}
-1 ex'[(1 2 3 4;1 2 3 4;1 2 3 4;5 7 3;3 2 6 1 8 9);(1 2 3 4;1 5 3 4;2 1 4 3;2 6 4;3 5 5 1 1 1)];
