t:939
b:"J"$"," vs "7,13,x,x,59,x,31,19"
show b
b:b where not null b
w:b-t mod b
show w
show (b*w) first iasc w
