perm:{[x] $[1>=count x; enlist x; raze {[x;e] e,/:perm x except e}[x] each x]}
result:perm[1 2 3];
show result;
result:count perm[1 2 3 4];
show result;
result:perm["ab"];
show result;
