t:([]a:`int$();b:`symbol$())
show `t insert (1i;`x)
show `t insert ((2i;3i);`y`z)
show t
show count t
