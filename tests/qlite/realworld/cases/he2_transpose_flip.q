/ matrices as lists of rows: flip, each-both rows, diagonals, rotation
m:(1 2 3;4 5 6;7 8 9)
show flip m
show m@'til 3
show sum m@'til 3
show reverse each m
show flip reverse m
show sum each m
show sum m
show raze m
show 3 3#raze flip m
show flip ("abc";"def")
