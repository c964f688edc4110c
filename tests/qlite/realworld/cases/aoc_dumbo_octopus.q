g:("5483143223";"2745854711";"5264556173";"6141336146";"6357385478";"4167524645";"2176841721";"6882881134";"4846848554";"5283751526")
E:-48+"j"$g
R:count g; C:count first g
D:(-1 -1;-1 0;-1 1;0 -1;0 1;1 -1;1 0;1 1)
nbc:{[m] P:(enlist z),(0,'m,'0),enlist z:(C+2)#0; sum {[P;d] P[(1+d 0)+til R;(1+d 1)+til C]}[P] each D}
step:{[e] e:e+1; fl:e<0;
  while[any raze nw:(e>9) and not fl; fl:fl or nw; e:e+nbc "j"$nw];
  (e*not fl;sum sum fl)}
run:{[e;n] t:0; do[n; r:step e; e:r 0; t+:r 1]; t}
show run[E;10]
show run[E;100]
sync:{[e] i:0; while[not all raze 0=e; e:first step e; i+:1]; i}
show sync E
