sm2:{[w] w where {[w;s] 0<sum {[s;t] (not s~t) and 0<count ss[t;s]}[s] each w}[w] each w}
show sm2 ("mass";"as";"hero";"superhero")
