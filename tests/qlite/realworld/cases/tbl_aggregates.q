t:([] k:`a`b`a`c; v:1 2 3 4)
show select sum v, cnt:count v by k from t
show exec sum v by k from t
show select distinct k from t
