show -':[1 4 9 16]
show deltas 5 3 8
show (-':) 10 15 25
show {x+y}':[1 2 3]
show differ 1 1 2 2 3
