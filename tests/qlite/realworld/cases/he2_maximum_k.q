/ HumanEval 120: the k largest, in ascending order
srt:{x@iasc x}
mx:{(neg y)#srt x}
show mx[-3 -4 5;3]
show mx[4 -4 4;2]
show mx[-3 2 1 2 -1 -2 1;1]
show mx[1 2 3 -23 243 -400 0;0]
show mx[123 -123 20 0 1 2 -3;3]
