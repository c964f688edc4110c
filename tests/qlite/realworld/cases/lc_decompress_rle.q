decomp:{raze (x 2*i)#'x 1+2*i:til (count x) div 2}
show decomp 1 2 3 4
