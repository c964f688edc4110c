d:`c`a`b!3 1 2
show asc d
show key asc d
show d@`a
show value d
show d _ `a
show `a _ d
show k!d k:`a`b
