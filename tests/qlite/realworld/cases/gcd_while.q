gcd:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a}
show gcd[48;18]
show gcd[17;5]
lcm:{[a;b] (a*b) div gcd[a;b]}
show lcm[4;6]
