q:til 5
q:1_q
q,:10
show q
show first q
