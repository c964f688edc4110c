show 3.5 mod 1
show 1.25 mod 1
