show where 2 1 3
show where 1001b
show til[5] where 10110b
