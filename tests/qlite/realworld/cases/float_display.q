show sqrt 2
show 2 xexp 10
show exp 1
show 1e6
show 123.456
show 0.1+0.2
show -1.5
show 1000000.0 2
