/ missing keys and indexes past the end give nulls
d:`a`b!10 20
show d`a
show d`c
m:(1 2 3;4 5 6)
show m[1;2]
show m[0;5]
show m[1]
