/ HumanEval 146: above ten with odd first and last digits
spf:{sum {$[x>10;all 1=(first d;last d:10 vs x) mod 2;0b]} each x}
show spf 15 -73 14 -15
show spf each (5 -2 1 -5;15 -73 14 -15;33 -2 -3 45 21 109;43 -12 93 125 121 109;71 -2 -33 75 21 19;enlist 1)
