d:2024.01.15 2024.02.10 2023.02.20 2024.12.31
monthEnd:{-1+`date$1+`month$x}
me:monthEnd d
show me
show `dd$me
show me-d
