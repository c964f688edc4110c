missing:{(sum til 1+count x)-sum x}
show missing 3 0 1
show missing 9 6 4 2 3 5 7 0 1
