g:`a`b`c`d`e!(`b`c;`d;`d`e;`e;`symbol$())
bfs:{[g;s]
  seen:enlist s; q:enlist s;
  while[count q;
    n:first q; q:1_q;
    nb:g[n] except seen;
    seen,:nb; q,:nb];
  seen}
show bfs[g;`a]
