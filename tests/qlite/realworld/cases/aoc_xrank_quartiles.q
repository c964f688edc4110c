s:90 20 55 70 30 85 45 60
show rank s
show iasc s
show idesc s
show 4 xrank s
show 3 xrank s
show {s x} each group 4 xrank s
show s where 3=4 xrank s
