s:"0 3 6 9 12 15\n1 3 6 10 15 21\n10 13 16 21 30 45"
r:{"J"$" " vs x} each "\n" vs s
nx:{$[all 0=x;0;last[x]+.z.s 1_deltas x]}
show nx each r
show sum nx each r
show nx each reverse each r
show sum nx each reverse each r
