s:("190: 10 19";"3267: 81 40 27";"83: 17 5";"156: 15 6";"7290: 6 8 6 15";"161011: 16 10 13";"192: 17 8 14";"21037: 9 7 18 13";"292: 11 6 16 20")
t:{"J"$first ": " vs x} each s
v:{"J"$" " vs last ": " vs x} each s
r1:{[t;v] t in {raze (x+y;x*y)}/[(),first v;1_v]}
r2:{[t;v] t in {raze (x+y;x*y;"J"$string[x],\:string y)}/[(),first v;1_v]}
show r1'[t;v]
show sum t where r1'[t;v]
show sum t where r2'[t;v]
r1b:{[t;v] n:count[v]-1; m:(neg n)#'0b vs' til "j"$2 xexp n;
  any t={[v;m] {$[z;x*y;x+y]}/[first v;1_v;m]}[v] each m}
show r1b'[t;v]
