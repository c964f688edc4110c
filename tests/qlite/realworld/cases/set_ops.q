show 1 2 3 4 except 2 4
show 1 2 3 4 inter 3 4 5
show 1 2 3 union 3 4
show 1 2 cross 3 4
show 2 in 1 2 3
show 5 within 1 10
show 1 3 5 within 2 4
