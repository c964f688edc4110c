p:2024.07.04D13:45:30.123456789
show p.date
show p.time
show p.minute
show p.second
show p.hh
show p.ss
show `date$p
show p-`timestamp$p.date
show p.year
t:([]ts:2024.07.04D09:00:00.000000000 2024.07.04D17:30:00.000000000 2024.07.05D08:15:00.000000000)
show select n:count i by ts.date from t
show select from t where ts.hh>=9, ts.hh<17
