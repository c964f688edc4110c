t:([] a:1 2; b:`x`y)
show t 0
show exec a from t
show t[`b]
show first t`a
show last t
