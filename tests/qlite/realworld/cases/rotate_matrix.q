rot90:{flip reverse x}
m:(1 2 3;4 5 6;7 8 9)
show rot90 m
show rot90 rot90 m
