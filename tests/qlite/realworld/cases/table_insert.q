t:([] a:`int$(); b:`symbol$())
`t insert (1i;`x)
`t insert (2i;`y)
show t
show count t
show flip `a`b!(1 2;3 4)
