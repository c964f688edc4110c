d:2024.01.01 2024.01.03 2024.01.08 2024.01.10 2024.01.15
show 7 xbar d
t:([]d;v:1 2 3 4 5)
show select sum v by 7 xbar d from t
show select sum v by `month$d from t
