/ HumanEval 155: even and odd digits
eoc:{d:10 vs abs x; (sum 0=d mod 2;sum 1=d mod 2)}
show eoc -12
show eoc 123
show eoc 3452
show eoc -345821
show eoc -2
show eoc -45347
