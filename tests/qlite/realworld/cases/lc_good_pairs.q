goodPairs:{sum {(x*x-1) div 2} count each group x}
show goodPairs 1 2 3 1 1 3
show goodPairs 1 1 1 1
