show 7 div 2
show -7 div 2
show 7 mod 3
show -7 mod 3
show 10 mod 2 3 4
show 17 div 5 3
show 7%2
