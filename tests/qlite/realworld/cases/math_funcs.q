show sqrt 16
show sqrt -1
show exp 0
show log 1
show 2 xlog 8
show 10 xexp 3
show 1 2 wavg 3 4
show sum 0.1 0.2 0.3
