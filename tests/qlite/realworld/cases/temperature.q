c2f:{32+1.8*x}
f2c:{(x-32)%1.8}
show c2f 100
show c2f 37
show f2c 212
show c2f 0 100
