g:("Sabqponm";"abcryxxl";"accszExk";"acctuvwj";"abdefghi")
R:count g; C:count first g; f:raze g
s:f?"S"; e:f?"E"
hf:"j"$ssr[ssr[f;"S";"a"];"E";"z"]
bfs:{[starts] d:(count f)#0N; d[starts]:0; q:starts;
  while[count q; i:first q; q:1_q;
    n:(i div C;i mod C)+/:(0 1;0 -1;1 0;-1 0);
    n:n where all each (n>=0) and n<\:(R;C);
    n:(C*n[;0])+n[;1];
    n:n where (null d n) and (hf n)<=1+hf i;
    d[n]:1+d i; q,:n];
  d e}
show (s;e)
show bfs enlist s
show bfs where hf="j"$"a"
