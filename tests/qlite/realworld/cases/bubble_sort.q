bsort:{[a]
  n:count a;
  i:0;
  while[i<n;
    j:0;
    while[j<n-i+1;
      if[a[j]>a[j+1]; a[j,j+1]:a[(j+1),j]];
      j+:1];
    i+:1];
  a}
show bsort 5 1 4 2 8
