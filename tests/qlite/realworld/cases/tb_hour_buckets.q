t:([]time:09:15:00.000 09:45:10.000 10:05:00.000 10:59:59.999 11:00:00.000;v:1 2 3 4 5)
show select sum v by time.hh from t
show select count i by 30 xbar time.minute from t
