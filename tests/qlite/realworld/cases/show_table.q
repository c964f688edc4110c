t:([] name:`alice`bob`carol; age:30 25 35)
show t
show count t
show t`age
show select name from t where age>28
