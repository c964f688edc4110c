/ HumanEval 114: minimum sum of a non-empty sub-array, by scan
mss:{min {y+0&x}\[x]}
show mss 2 3 4 1 2 4
show mss each (-1 -2 -3;-1 -2 -3 2 -10;100 -1 -2 -3 10 -5;enlist 7)
show {y+0&x}\[2 -3 4 -5]
show 0 {y+0&x}\ 2 -3 4 -5
