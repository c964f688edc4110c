t:([]d:2024.01.01+til 10;v:til 10)
show select from t where d within 2024.01.03 2024.01.05
show exec v from t where d within (2024.01.08;2024.01.20)
show 5 within 1 10
show 3 7 11 within 5 10
show `b within `a`c
