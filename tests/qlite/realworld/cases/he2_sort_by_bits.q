/ HumanEval 116: sort by the number of one bits, then by value
sb:{x iasc sum each 0b vs/: x:x@iasc x}
show sb 1 5 2 3 4
show sb 2 5 77 4 5 3 5 7 2 3 4
show sum 0b vs 7
show -4#0b vs 5
