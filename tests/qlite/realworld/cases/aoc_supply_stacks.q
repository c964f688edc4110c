st:("ZN";"MCD";enlist "P")
mv:("move 1 from 2 to 1";"move 3 from 1 to 3";"move 2 from 2 to 1";"move 1 from 1 to 2")
ins:{"J"$(" " vs x) 1 3 5} each mv
show ins
crane:{[rev;st;m] n:m 0; f:m[1]-1; t:m[2]-1; c:neg[n]#st f; st[f]:neg[n]_st f; st[t],:$[rev;reverse c;c]; st}
show crane[1b]/[st;ins]
-1 last each crane[1b]/[st;ins];
-1 last each crane[0b]/[st;ins];
