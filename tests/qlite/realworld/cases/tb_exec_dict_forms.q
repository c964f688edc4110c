t:([]k:`a`b`c;v:1 2 3)
show exec k!v from t
show (exec k from t)!exec v from t
d:exec k!v from t
show d`b
show key d
show value d
show d?2
show where d>1
show d where d>1
