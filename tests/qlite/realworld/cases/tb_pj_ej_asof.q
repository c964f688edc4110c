t:([]k:`a`b`c;v:1 2 3)
kt:([k:`a`b]v:10 20)
show t pj kt
s:([]k:`a`b`a`d;w:100 200 300 400)
show ej[`k;t;s]
q:([]time:09:00 09:05 09:10;px:1.5 2.5 3.5)
show q asof (enlist`time)!enlist 09:07
show q asof ([]time:08:59 09:05 09:12)
