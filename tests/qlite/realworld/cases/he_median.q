show med 3 1 2 4 5
show med -10 4 6 1000 10 20
