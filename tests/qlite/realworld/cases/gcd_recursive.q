gcd:{$[y=0;x;.z.s[y;x mod y]]}
show gcd[100;75]
show gcd/[12 18 24]
