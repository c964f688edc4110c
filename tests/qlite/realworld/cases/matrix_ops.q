m:3 3#1+til 9
show m
show flip m
show sum m
show sum each m
show m[1;2]
show m[;0]
show raze m
