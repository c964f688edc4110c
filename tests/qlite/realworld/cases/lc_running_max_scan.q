show (|\) 3 1 4 1 5
show max\[3 1 4 1 5]
show maxs 3 1 4 1 5
