t:([]time:09:31 09:34 09:36 09:44 09:45;px:10 11 12 13 14)
show select last px by 5 xbar time from t
show select n:count i by 15 xbar time from t
