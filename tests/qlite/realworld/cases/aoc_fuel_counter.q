m:12 14 1969 100756
fuel:{(x div 3)-2}
show fuel m
show sum fuel m
total:{sum 1_{0|(x div 3)-2}\[x]}
show total each m
