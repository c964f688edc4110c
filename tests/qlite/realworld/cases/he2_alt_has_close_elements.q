/ HumanEval 0 again: any two numbers closer than the threshold, by sorting and deltas
hce:{[l;t] s:l@iasc l; any t>1_deltas s}
hce2:{[l;t] d:abs l-\:l; any raze[d]<t}
show hce[1 2 3.9 4 5 2.2;0.3]
show hce[1 2 3.9 4 5 2.2;0.05]
show hce[1 2 5.9 4 5;0.95]
show hce[1 2 5.9 4 5;0.8]
show hce[1.1 2.2 3.1 4.1 5.1;1.0]
show 1_deltas 1 2.5 4
show abs 1 2 3-\:1 2 3
