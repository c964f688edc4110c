solve:{[b]
  r:count b; c:count first b;
  cell:{[b;r;c;i;j]
    s:0;
    di:-1;
    while[di<=1;
      dj:-1;
      while[dj<=1;
        ni:i+di; nj:j+dj;
        if[(not (di=0) and dj=0) and (ni within (0;r-1)) and nj within (0;c-1); s+:b[ni;nj]];
        dj+:1];
      di+:1];
    $[1=b[i;j]; `long$s in 2 3; `long$s=3]};
  {[f;c;i] f[i] each til c}[cell[b;r;c];c] each til r}
result:solve[(0 1 0;0 0 1;1 1 1;0 0 0)];
show result;
result:solve[(1 1;1 0)];
show result;
