droot:{{sum 10 vs x}/[x]}
show droot 38
show droot 0
