prs:{{("RL"?first x;"J"$1_x)} each ", " vs x}
dist:{[s] t:prs s; h:sums {$[x=0;1;-1]} each t[;0]; d:(0 1;1 0;0 -1;-1 0) h mod 4; sum abs sum d*t[;1]}
show dist each ("R2, L3";"R2, R2, R2";"R5, L5, R5, R3")
twice:{[s] t:prs s; h:sums {$[x=0;1;-1]} each t[;0]; d:(0 1;1 0;0 -1;-1 0) h mod 4;
  steps:raze t[;1]#'enlist each d; p:sums steps; c:p where not (til count p)=p?p; sum abs first c}
show twice "R8, R4, R4, R8"
