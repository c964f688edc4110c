realloc:{b:x; seen:();
  while[not any seen~\:b;
    seen,:enlist b; i:first idesc b; n:b i; b[i]:0;
    b:@[b;(i+1+til n) mod count b;+;1]];
  (count seen;count[seen]-first where seen~\:b)}
show realloc 0 2 7 0
