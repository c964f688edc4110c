t:([]v:10 20 30 40 50)
show select from t where i<2
show select idx:i,v from t where v>25
show exec i from t where v within 20 40
show update w:v*i from t
show delete from t where i in 1 3
