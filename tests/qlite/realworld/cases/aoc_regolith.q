paths:("498,4 -> 498,6 -> 496,6";"503,4 -> 502,4 -> 502,9 -> 494,9")
pts:{"J"$"," vs/: " -> " vs x} each paths
line:{[a;b] n:max abs b-a; a+/:(til n+1)*\:signum b-a}
rocks:distinct raze {raze line'[-1_x;1_x]} each pts
enc:{(1000*x 0)+x 1}
lim:1+max rocks[;1]
drop:{[bl;fl] p:500 0;
  while[1b;
    if[p[1]=lim; :$[fl;p;0N 0N]];
    c:p+/:(0 1;-1 1;1 1);
    k:first where not (enc each c) in bl;
    if[null k; :p];
    p:c k]}
sim:{[fl] bl:enc each rocks; n:0;
  while[1b; p:drop[bl;fl]; if[null first p; :n]; bl,:enc p; n+:1; if[p~500 0; :n]]}
show count rocks
show sim 0b
show sim 1b
