/ HumanEval 145: stable sort by the sum of signed digits
ds:{d:10 vs abs x; d[0]*:signum x; sum d}
obp:{x iasc ds each x}
show obp 1 11 -1 -11 -12
show obp 1 -11 -32 43 54 -98 2 -3
show ds each 1 11 -1 -11 -12
