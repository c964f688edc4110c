t:([]time:09:01 09:03 09:07 09:12 09:14;sz:100 200 300 400 500)
show select total:sum sz by 5 xbar time from t
show select n:count i by bucket:10 xbar time from t
p:([]ts:2024.01.02D09:31:15.000000000 2024.01.02D09:33:45.000000000 2024.01.02D09:36:00.000000000;px:1.0 2.0 3.0)
show select last px by 5 xbar ts.minute from p
