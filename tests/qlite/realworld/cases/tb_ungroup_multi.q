t:([]k:`a`b;x:(1 2;3 4 5);y:(`p`q;`r`s`t))
show ungroup t
g:select x by k from ([]k:`a`b`a;x:10 20 30)
show g
show ungroup g
