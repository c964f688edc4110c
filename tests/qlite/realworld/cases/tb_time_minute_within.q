t:([]time:09:29:59.999 09:30:00.000 09:45:30.000 10:00:00.000 10:00:00.001;v:1 2 3 4 5)
show exec v from t where time.minute within 09:30 10:00
show exec v from t where time within 09:30:00.000 10:00:00.000
show select n:count i by time.minute from t where time.hh=10
