d:2024.07.04
show string d
show string 09:05:03.007
show string 2024.07m
show "." sv string (`year$d;`mm$d;`dd$d)
show ssr[string d;".";"-"]
show `$string d
show "D"$ssr["2024-07-04";"-";"."]
