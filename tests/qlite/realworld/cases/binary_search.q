bsearch:{[a;t]
  lo:0; hi:count[a]-1;
  while[lo<=hi;
    mid:(lo+hi) div 2;
    $[a[mid]=t; :mid; a[mid]<t; lo:mid+1; hi:mid-1]];
  -1}
show bsearch[-1 0 3 5 9 12;9]
show bsearch[-1 0 3 5 9 12;2]
