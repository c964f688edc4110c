/ HumanEval 97: product of the unit digits; q's mod and div follow the divisor's sign
mul:{prd abs[(x;y)] mod 10}
show mul[148;412]
show mul'[148 19 2020 14;412 28 1851 -15]
show -15 mod 10
show -15 div 10
show 15 div -4
show 7 mod 3
