t:([]sym:`a`a`a`b`b`a;px:1 2 3 10 20 4f)
show update ma:3 mavg px by sym from t
show update e:ema[0.5;px] by sym from t
show update d:px-prev px by sym from t
show update q:4 xrank px from t
