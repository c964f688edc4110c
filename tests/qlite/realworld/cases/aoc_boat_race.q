s:"Time:      7  15   30\nDistance:  9  40  200"
l:"\n" vs s
nums:{n where not null n:"J"$" " vs last ":" vs x}
t:nums l 0; d:nums l 1
ways:{[t;d] sum d<h*t-h:til t+1}
show ways'[t;d]
show prd ways'[t;d]
one:{"J"$ssr[;" ";""] last ":" vs x}
show ways[one l 0;one l 1]
