show raze (1 2;3;4 5 6)
show raze ((1 2;3 4);(5 6;7 8))
show (,/) (1 2;3 4)
