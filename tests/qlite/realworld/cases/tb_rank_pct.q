t:([]n:`a`b`c`d`e;s:30 10 20 50 40)
show update r:rank s from t
show update r:1+rank neg s from t
show `s xdesc t
show exec n from `s xdesc t
show select n, pct:100*s%sum s from t
