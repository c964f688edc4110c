d:`a`b!(1 2 3;4 5 6)
t:flip d
show t
show flip t
show t[1]
show t`b
show first t
show last t
