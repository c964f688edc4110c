run:{[p] i:0; while[99<>p i; o:p i; a:p p i+1; b:p p i+2; p[p i+3]:$[o=1;a+b;a*b]; i+:4]; p}
show run 1 9 10 3 2 3 11 0 99 30 40 50
show first run 1 9 10 3 2 3 11 0 99 30 40 50
show run each (1 0 0 0 99;2 3 0 3 99;2 4 4 5 99 0;1 1 1 4 99 5 6 0 99)
