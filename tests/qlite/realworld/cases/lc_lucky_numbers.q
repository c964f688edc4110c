lucky:{[m] (min each m) inter max m}
show lucky (3 7 8;9 11 13;15 16 17)
