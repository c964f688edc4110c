g:("L.LL.LL.LL";"LLLLLLL.LL";"L.L.L..L..";"LLLL.LL.LL";"L.LL.LL.LL";"L.LLLLL.LL";"..L.L.....";"LLLLLLLLLL";"L.LLLLLL.L";"L.LLLLL.LL")
S:g="L"; R:count g; C:count first g
D:(-1 -1;-1 0;-1 1;0 -1;0 1;1 -1;1 0;1 1)
nbc:{[m] P:(enlist z),(0b,'m,'0b),enlist z:(C+2)#0b; sum {[P;d] "j"$P[(1+d 0)+til R;(1+d 1)+til C]}[P] each D}
step:{n:nbc x; (S and (not x) and n=0) or x and n<4}
show sum sum step S&0b
f:step/[S&0b]
show sum sum f
-1 {?[x;"#";?[y;"L";"."]]}'[f;S];
