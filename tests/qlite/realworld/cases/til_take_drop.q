show til 5
show 3#til 10
show -3#til 10
show 3_til 6
show -2_1 2 3 4
show 5#1 2
show 2 3#til 6
