t:([]name:`apple`banana`cherry`avocado;qty:5 3 8 2)
show select from t where name like "a*"
show select from t where name like "*an*"
show update up:upper name from t
show exec string name from t
show select name, n:count each string name from t
