kt:([sym:`a`b]px:1.0 2.0;qty:10 20)
kt:kt upsert ([sym:`b`c]px:2.5 3.0;qty:25 30)
show kt
t:([]sym:`a`b;px:1.0 2.0)
t:t upsert ([]sym:`c`d;px:3.5 4.5)
show t
`t insert ([]sym:enlist`e;px:enlist 5.5)
show count t
show last t
