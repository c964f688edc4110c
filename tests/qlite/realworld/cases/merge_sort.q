msort:{[x]
  if[2>count x; :x];
  h:(count x) div 2;
  a:.z.s h#x; b:.z.s h _ x;
  r:();
  while[(count a) and count b;
    $[(first a)<=first b; [r,:first a; a:1_a]; [r,:first b; b:1_b]]];
  r,a,b}
show msort 38 27 43 3 9 82 10
