findIdx:{[l;v]
  i:0; found:-1;
  while[(i<count l) and found<0;
    if[l[i]=v; found:i];
    i+:1];
  found}
show findIdx[5 3 7 3;3]
show findIdx[5 3;9]
