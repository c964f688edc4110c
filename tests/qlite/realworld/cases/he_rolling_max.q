show maxs 1 2 3 2 3 4 2
