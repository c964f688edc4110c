restore:{[s;idx] s iasc idx}
show restore["codeleet";4 5 6 7 0 2 1 3]
