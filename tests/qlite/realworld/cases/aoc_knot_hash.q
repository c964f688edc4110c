knot:{[st;len] l:st 0; p:st 1; s:st 2; i:(p+til len) mod count l; l[i]:reverse l i; (l;(p+len+s) mod count l;s+1)}
r:knot/[(til 5;0;0);3 4 1 5]
show r
show prd 2#r 0
xor:{2 sv "j"$(<>/) -8#'0b vs' x}
kh:{ls:("j"$x),17 31 73 47 23; st:knot/[(til 256;0;0);raze 64#enlist ls]; raze string "x"$xor each 16 cut st 0}
-1 kh "";
-1 kh "AoC 2017";
-1 kh "1,2,3";
