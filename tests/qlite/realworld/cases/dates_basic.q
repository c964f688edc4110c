d:2024.01.15
show d
show d+1
show 2024.03.01-2024.02.01
show `year$d
show `mm$d
show `dd$d
show d mod 7
show "D"$"2024.12.25"
show string d
