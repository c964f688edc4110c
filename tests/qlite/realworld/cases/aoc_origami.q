s:"6,10\n0,14\n9,10\n0,3\n10,4\n4,11\n6,0\n6,12\n4,1\n0,13\n10,12\n3,4\n3,0\n8,4\n1,10\n2,14\n8,10\n9,0\n\nfold along y=7\nfold along x=5"
l:"\n" vs s
e:first where 0=count each l
p:{"J"$"," vs x} each e#l
f:{a:"=" vs last " " vs x; (`$a 0;"J"$a 1)} each (e+1)_l
fold:{[p;f] i:`x`y?f 0; v:f 1; distinct {[i;v;q] @[q;i;{[v;c] $[c>v;(2*v)-c;c]}v]}[i;v] each p}
show count fold[p;first f]
q:fold/[p;f]
show count q
g:(1+max q[;1])#enlist (1+max q[;0])#"."
g:.[;;:;"#"]/[g;reverse each q]
-1 g;
