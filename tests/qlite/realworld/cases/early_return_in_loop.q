findFirst:{[l;p]
  i:0;
  while[i<count l;
    if[p l i; :i];
    i+:1];
  -1}
show findFirst[3 8 12 5;{x>10}]
show findFirst[3 8;{x>10}]
