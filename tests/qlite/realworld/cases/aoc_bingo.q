s:"7,4,9,5,11,17,23,2,0,14,21,24,10,16,13,6,15,25,12,22,18,20,8,19,3,26,1\n\n22 13 17 11  0\n 8  2 23  4 24\n21  9 14 16  7\n 6 10  3 18  5\n 1 12 20 15 19\n\n 3 15  0  2 22\n 9 18 13 17  5\n19  8  7 25 23\n20 11 10 24  4\n14 21 16 12  6\n\n14 21 17 24  4\n10 16 15  9 19\n18  8 23 26 20\n22 11 13  6  5\n 2  0 12  3  7"
l:"\n" vs s
dr:"J"$"," vs first l
b:25 cut {x where not null x} "J"$" " vs " " sv 2_l
show count b
won:{any (all each 5 cut x),all each flip 5 cut x}
play:{[b;dr] m:(count b)#enlist 25#0b; i:0; w:();
  while[0=count w; d:dr i; m:m or b=d; w:where won each m; i+:1];
  k:first w; (k;d*sum b[k] where not m k)}
show play[b;dr]
lastwin:{[b;dr] m:(count b)#enlist 25#0b; i:0; done:(count b)#0b; r:0;
  while[not all done; d:dr i; m:m or b=d; nw:won each m; k:where nw and not done;
    if[count k; r:d*sum b[last k] where not m last k]; done:nw; i+:1]; r}
show lastwin[b;dr]
