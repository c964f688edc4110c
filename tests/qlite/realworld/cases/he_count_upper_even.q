cu:{sum (x in "AEIOU") and 0=(til count x) mod 2}
show cu "aBCdEf"
show cu "dBBE"
