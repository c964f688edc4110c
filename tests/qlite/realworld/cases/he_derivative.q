deriv:{1_x*til count x}
show deriv 3 1 2 4 5
