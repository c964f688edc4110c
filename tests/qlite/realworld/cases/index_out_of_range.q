show (1 2 3) 5
show "abc" 10
show `a`b 3
show (1 2 3)[-1]
