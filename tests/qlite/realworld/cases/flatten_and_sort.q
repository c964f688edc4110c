show asc raze (3 1;2;5 4)
show desc distinct raze (1 2;2 3)
