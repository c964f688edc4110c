/ HumanEval 36 again: count of 7s in multiples of 11 or 13 below n
fb:{sum sum each "7"=string t where (0=t mod 11)|0=(t:til x) mod 13}
show fb each 50 78 79 100 200 4000 10000
