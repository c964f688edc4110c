solve:{[m;n;idx]
  g:(m;n)#0;
  i:0;
  while[i<count idx;
    p:idx i;
    g:@[g;p 0;+;1];
    g:g+\:(til n)=p 1;
    i+:1];
  g}
result:solve[2;3;(0 1;1 1)];
show result;
result:sum sum 1=result mod 2;
show result;
