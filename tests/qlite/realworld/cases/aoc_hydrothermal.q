s:("0,9 -> 5,9";"8,0 -> 0,8";"9,4 -> 3,4";"2,2 -> 2,1";"7,0 -> 7,4";"6,4 -> 2,0";"0,9 -> 2,9";"3,4 -> 1,4";"0,0 -> 8,8";"5,5 -> 8,2")
seg:{"J"$"," vs/: " -> " vs x} each s
pts:{[a;b] n:max abs b-a; a+/:(til n+1)*\:signum b-a}
st:seg where {any (=/) x} each seg
show count st
show sum 1<count each group raze pts ./: st
show sum 1<count each group raze pts ./: seg
