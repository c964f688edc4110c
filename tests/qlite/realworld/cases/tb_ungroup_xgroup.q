t:([]k:`a`b;v:(1 2;3 4 5))
show t
show ungroup t
u:([]k:`a`b`a`c;v:1 2 3 4)
show `k xgroup u
