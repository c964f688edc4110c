jumps:{[j;p2] i:0; n:0; while[(i>=0) and i<count j; o:j i; j[i]+:$[p2 and o>=3;-1;1]; i+:o; n+:1]; n}
show jumps[0 3 0 1 -3;0b]
show jumps[0 3 0 1 -3;1b]
