pes:{[x] (prds 1,-1_x)*reverse prds 1,-1_reverse x}
show pes 1 2 3 4
