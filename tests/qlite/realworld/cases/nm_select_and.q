/ "and" in a where clause binds right to left; use a comma
t:([]a:1 2 3 4)
show select a from t where a>1,a<3
show select a from t where a > 1 and a < 3
