show any (010b;001b)
show all (110b;011b)
show any 0=(1+til 6) mod/: 2 3
