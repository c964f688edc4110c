t:([] a:1 2 3)
t:update b:a*a from t
show t
t:update c:sums a from t
show t
show cols t
