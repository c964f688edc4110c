sieve:{[n]
  p:n#1b;
  p[0 1]:00b;
  i:2;
  while[(i*i)<n;
    if[p i; j:i*i; while[j<n; p[j]:0b; j+:i]];
    i+:1];
  where p}
show sieve 30
