f:{show x; x*2}
r:f 5
show r
