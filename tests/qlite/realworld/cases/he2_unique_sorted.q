/ HumanEval 34: sorted unique elements, with asc and with iasc
uniq:{asc distinct x}
show uniq 5 3 5 2 3 3 9 0 123
uniq2:{x@iasc x:distinct x}
show uniq2 5 3 5 2 3 3 9 0 123
show uniq[5 3 5 2 3 3 9 0 123]~0 2 3 5 9 123
show asc enlist 5
