d:2019.11.19 2024.02.29 2024.06.30
qstart:`date$3 xbar `month$d
qend:-1+`date$3+3 xbar `month$d
show qstart
show qend
show `mm$d
