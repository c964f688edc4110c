/ SQL habit: & between conditions without brackets binds right to left
t:([]a:1 2 3;b:4 5 6)
show select from t where a>1,b<6
show select from t where (a>1)&b<6
show select from t where a>1 & b<6
