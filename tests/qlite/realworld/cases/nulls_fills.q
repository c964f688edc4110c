x:1 0N 0N 4 0N
show null x
show fills x
show 0^x
show x where not null x
show sum x
show avg 1 0N 3
