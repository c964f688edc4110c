/ HumanEval 9 again: running maximum by maxs, by scan and by a seeded over
rm:maxs
rm2:{(|\)x}
rm3:{(|)\[x]}
show rm 1 2 3 2 3 4 2
show rm2 4 3 2 1
show rm3 3 2 3 100 3
show {x|y}\[1 5 2]
show 0 {x|y}\ 1 5 2
