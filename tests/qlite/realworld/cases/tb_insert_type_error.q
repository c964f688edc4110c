t:([]a:1 2;b:`x`y)
show count t
`t insert (3.5;`z)
show count t
