/ return with a keyword instead of :
double:{[x] return x*2}
half:{[x] :x%2}
show half 10
show double 10
show `unreached
