sortEven:{[l] i:where 0=(til count l) mod 2; l[i]:asc l i; l}
show sortEven 5 6 3 4
