ins:"\n" vs "ULL\nRRDDD\nLURDL\nUUUUD"
mv:"UDLR"!(-1 0;1 0;0 -1;0 1)
pad:("123";"456";"789")
walk:{[p;m] 0|2&p+mv m}
r:{[st;l] p:walk/[st 0;l]; (p;st[1],pad . p)}/[(1 1;"");ins]
show r 0
-1 r 1;
