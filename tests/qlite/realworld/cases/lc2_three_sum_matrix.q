solve:{[nums]
  n:asc nums; r:(); i:0;
  while[i<count[n]-2;
    if[(i=0) or n[i]<>n i-1;
      l:i+1; h:count[n]-1;
      while[l<h;
        s:n[i]+n[l]+n h;
        $[s<0; l+:1;
          s>0; h-:1;
          [r,:enlist n(i;l;h); l+:1; h-:1;
           while[(l<h) and n[l]=n l-1; l+:1]]]]];
    i+:1];
  r}
result:solve[-1 0 1 2 -1 -4];
show result;
result:solve[0 1 1];
show result;
result:solve[0 0 0 0];
show result;
result:count solve[-2 0 1 1 2];
show result;
