/ the arithmetic keywords on atoms and vectors, with their result types
show abs -3 4 -5
show neg 1 -2 0
show signum -2.5 0 3
show 7 mod 3
show -7 mod 3
show 7 div 2
show -7 div 2
show 2 xexp 0.5
show sqrt 16 2
show floor -2.5 2.5
show ceiling -2.5 2.5
show 5%2
show 4%2
show 1 2 3%2
show reciprocal 4
show 17 mod 5 3
show 3 xbar 10 11 12 13
show exp 0
show log 1
show sqrt -1
show 1e6*1.5
show 1.0*123456789
show avg 1 2 3 4
show var 1 2 3 4
show dev 2 4 4 4 5 5 7 9
show med 3 1 2
