t:([]sym:`a`b`a`b`a;px:10 20 30 40 50)
show update mx:max px by sym from t
show select from t where px=(max;px) fby sym
show update dev:px-avg px by sym from t
show delete from t where sym=`b
show delete px from t
