r:("00100";"11110";"10110";"10111";"10101";"01111";"00111";"11100";"10000";"11001";"00010";"01010")
b:r="1"
g:(sum b)>=count[b]%2
show g
show prd 2 sv/: "j"$(g;not g)

filt:{[b;f] i:0; while[1<count b; c:b[;i]; k:$[f;(sum c)>=count[c]%2;(sum c)<count[c]%2]; b:b where c=k; i+:1]; first b}
show filt[b;1b]
show 2 sv "j"$filt[b;1b]
show (2 sv "j"$filt[b;1b])*2 sv "j"$filt[b;0b]
