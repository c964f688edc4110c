t:([] a:2 1 2 1; b:`x`y`z`w)
show `a`b xasc t
show t iasc t`b
