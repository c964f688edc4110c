show {y-x}':[1 4 9]
show (-':)1 4 9
show 1_deltas 1 4 9
