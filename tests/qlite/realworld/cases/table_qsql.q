t:([] sym:`a`b`a`c`b; qty:10 20 30 40 50)
show select total:sum qty by sym from t
show exec qty from t where sym=`a
show update qty:qty*2 from t where sym=`c
show select from t where qty>25
