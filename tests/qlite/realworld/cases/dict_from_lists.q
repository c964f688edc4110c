k:`a`b`c
v:1 2 3
d:k!v
show d
show (enlist `a)!enlist 1
show count each `x`y!(1 2 3;4 5)
