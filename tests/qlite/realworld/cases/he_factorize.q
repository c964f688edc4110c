factorize:{[n]
  r:`long$(); d:2;
  while[(d*d)<=n;
    while[0=n mod d; r,:d; n:n div d];
    d+:1];
  if[n>1; r,:n];
  r}
show factorize 8
show factorize 25
show factorize 70
