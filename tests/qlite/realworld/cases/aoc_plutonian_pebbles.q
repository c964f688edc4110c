ch:{$[x=0;enlist 1;0=(count s:string x) mod 2;"J"$2 0N#s;enlist x*2024]}
show raze ch each 0 1 10 99 999
show 6 {raze ch each x}\125 17
step:{[d] c:ch each key d; k:raze c; w:raze (count each c)#'value d; {[w;i] sum w i}[w] each group k}
show sum value 25 step/(125 17)!1 1
show sum value 75 step/(125 17)!1 1
