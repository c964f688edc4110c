t:([] a:1 2 3; b:4 5 6)
show {x[`a]+x`b} each t
show t[`a]+t`b
show sum each flip value flip t
