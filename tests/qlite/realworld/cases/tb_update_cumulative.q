t:([]day:2024.01.01+til 5;sym:`a`b`a`b`a;qty:10 20 30 40 50)
show update cum:sums qty by sym from t
show update chg:deltas qty by sym from t
show update prevq:prev qty by sym from t
