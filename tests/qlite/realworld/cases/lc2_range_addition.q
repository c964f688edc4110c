solve:{[n;updates] {[r;u] @[r;u[0]+til 1+u[1]-u 0;+;u 2]}/[n#0;updates]}
result:solve[5;(1 3 2;2 4 3;0 2 -2)];
show result;
result:solve[3;()];
show result;
