eraseOverlap:{[iv]
  iv:iv iasc iv[;1];
  cnt:0; e:-0W; i:0;
  while[i<count iv;
    $[iv[i;0]>=e; e:iv[i;1]; cnt+:1];
    i+:1];
  cnt}
arrows:{[pts]
  pts:pts iasc pts[;1];
  n:1; e:pts[0;1]; i:1;
  while[i<count pts;
    if[pts[i;0]>e; n+:1; e:pts[i;1]];
    i+:1];
  n}
result:eraseOverlap[(1 2;2 3;3 4;1 3)];
show result;
result:eraseOverlap[(1 2;1 2;1 2)];
show result;
result:arrows[(10 16;2 8;1 6;7 12)];
show result;
result:arrows[(1 2;3 4;5 6;7 8)];
show result;
