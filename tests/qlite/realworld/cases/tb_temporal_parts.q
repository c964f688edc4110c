d:2024.02.27
show d+til 4
show 2024.03.01-2024.02.01
show `month$d
show d.year
show d.month
show d.dd
t:09:45:30.500
show t.hh
show t.mm
show t.ss
show t+900000
show `minute$t
show `second$t
