ld:{[n] i:n-1; while[0<>n mod i; i-:1]; i}
show ld 15
show ld 7
