/ HumanEval 115: buckets needed to empty the wells
mf:{[g;c] sum ceiling (sum each g)%c}
show mf[(0 0 1 0;0 1 0 0;1 1 1 1);1]
show mf[(0 0 1 1;0 0 0 0;1 1 1 1;0 1 1 1);2]
show mf[(0 0 0;0 0 0);5]
show mf[(1 1 1 1;1 1 1 1);9]
show ceiling 1.5 2 -0.5
