show sum where any 0=(til 1000) mod/: 3 5
show sum {x where (0=x mod 3) or 0=x mod 5} til 1000
