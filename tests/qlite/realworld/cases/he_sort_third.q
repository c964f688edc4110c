sortThird:{[l] i:where 0=(til count l) mod 3; l[i]:asc l i; l}
show sortThird 5 6 3 4 8 9 2
