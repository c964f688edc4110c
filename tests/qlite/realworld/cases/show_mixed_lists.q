show (1;`a;"b")
show (1 2;3 4 5)
show ("ab";"c";"def")
show enlist 1 2
show (1;2.5)
