maxArea:{[h]
  i:0; j:-1+count h; best:0;
  while[i<j;
    best:best|(j-i)*min h i,j;
    $[h[i]<h[j]; i+:1; j-:1]];
  best}
show maxArea 1 8 6 2 5 4 8 3 7
show maxArea 1 1
