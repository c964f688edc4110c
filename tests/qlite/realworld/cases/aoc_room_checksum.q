rooms:("aaaaa-bbb-z-y-x-123[abxyz]";"a-b-c-d-e-f-g-h-987[abcde]";"not-a-real-room-404[oarel]";"totally-real-room-200[decoy]")
prs:{a:"[" vs -1_x; b:"-" vs a 0; (raze -1_b;"J"$last b;a 1)}
ck:{k:asc distinct x; c:count each group x; 5#k idesc c k}
real:{p:prs x; p[2]~ck p 0}
show real each rooms
show sum {(prs x) 1} each rooms where real each rooms
dec:{[s;n] ?[s="-";" ";.Q.a (n+.Q.a?s) mod 26]}
-1 dec["qzmt-zixmtkozy-ivhz";343];
