show 2 vs 10
show 10 vs 9045
show 2 sv 1 0 1 0
show 16 vs 255
show 10 sv 1 2 3
show 24 60 60 vs 3725
show 24 60 60 sv 1 2 5
