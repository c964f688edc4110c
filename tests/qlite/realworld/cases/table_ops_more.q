t:([] name:`a`b`c`d; score:85 92 78 92)
show `score xdesc t
show select max score from t
show exec name from t where score=max score
show count select from t where score>80
show t[1]
show first t
