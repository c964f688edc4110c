e:"J"$"\n" vs "1721\n979\n366\n299\n675\n1456"
p:e where (2020-e) in e
show p
show prd p
t:raze e,/:\:e
t:t where (2020-sum each t) in e
show prd first t,'2020-sum each t
