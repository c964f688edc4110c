game:{[s;n] d:(-1_s)!til -1+count s; t:count s; v:last s;
  while[t<n; nv:$[v in key d; t-1+d v; 0]; d[v]:t-1; v:nv; t+:1]; v}
show game[0 3 6;10]
show game[0 3 6;2020]
show game[;2020] each (1 3 2;2 1 3;1 2 3)
