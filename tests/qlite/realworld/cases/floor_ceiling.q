show floor 3.7
show ceiling 3.2
show floor -2.5
show abs -3 4 -5
show neg 1 -2
show reciprocal 4
show 2 xexp 0.5
show signum -3 0 2
