/ HumanEval 126: ascending, and no value more than twice
iss:{(x~x@iasc x)&all 3>count each group x}
show iss each (enlist 5;1 2 3 4 5;1 3 2 4 5;1 2 2 3 3 4;1 2 2 2 3 4;1 2 3 4 5 6 7)
