cs:{[x;s] d:string x; $[s>count d;reverse d;neg[s] rotate d]}
show cs[12;1]
show cs[12;2]
show cs[97;3]
