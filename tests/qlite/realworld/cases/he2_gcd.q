/ HumanEval 13: greatest common divisor, recursive and by over with a condition
gcd:{$[y=0;x;.z.s[y;x mod y]]}
show gcd[3;5]
show gcd[25;15]
show gcd'[3 25 49 144;5 15 14 60]
gcd2:{first {(x 1;x[0] mod x 1)}/[{0<x 1};(x;y)]}
show gcd2[144;60]
show gcd2[49;14]
