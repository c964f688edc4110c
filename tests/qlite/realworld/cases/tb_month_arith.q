m:2024.01m
show m+til 3
show `date$m
show `month$2024.03.17
show 2024.12m+1
show `mm$2024.05.20
d:2024.01.31 2024.02.15 2024.03.01 2024.03.31
show select n:count i by m:`month$d from ([]d)
