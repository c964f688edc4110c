solve:{[m]
  r:where any each m=0;
  c:where any m=0;
  m:@[m;r;0*];
  {@[x;y;:;0]}[;c] each m}
result:solve[(1 1 1;1 0 1;1 1 1)];
show result;
result:solve[(0 1 2 0;3 4 5 2;1 3 1 5)];
show result;
