t:([]s:`a`b`c`d;v:1 2 3 4)
show update v:v*100 from t where s in `b`d
show update f:1b from t where v>2
show update tag:`big from t where v>=3
show update v:0N from t where s=`a
