colTitle:{[n]
  s:"";
  while[n>0;
    n-:1;
    s:(.Q.A n mod 26),s;
    n:n div 26];
  s}
show colTitle 1
show colTitle 28
show colTitle 701
