/ HumanEval 17 again: note lengths through a dictionary lookup
beats:(enlist "o";"o|";".|")!4 2 1
pm:{beats w where 0<count each w:" " vs x}
show pm "o o| .| o| o| .| .| .| .| o o"
show pm "o| o| .| .| o o o o"
show sum pm "o o o o"
