hash:{{(17*x+y) mod 256}/[0;"j"$x]}
show hash "HASH"
s:"rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7"
show hash each "," vs s
show sum hash each "," vs s
step:{[L;x] if[x like "*-"; :(enlist `$-1_x) _ L]; a:"=" vs x; L[`$a 0]:"J"$a 1; L}
L:step/[(`$())!`long$();"," vs s]
show L
b:hash each string key L
sl:{1+sum x[y]=y#x}[b] each til count b
show sum (1+b)*sl*value L
