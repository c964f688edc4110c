show 3 in (1 2;3)
show 3 in (3;1 2)
show 1 2 in (1 2;9)
show 1 2 in (9;(1 2;3 4))
