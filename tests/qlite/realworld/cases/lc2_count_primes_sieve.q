solve:{[n]
  if[n<3; :0];
  s:n#1b;
  s[0 1]:00b;
  i:2;
  while[(i*i)<n;
    if[s i; j:i*i; while[j<n; s[j]:0b; j+:i]];
    i+:1];
  sum s}
result:solve[10];
show result;
result:solve[0];
show result;
result:solve[100];
show result;
result:solve[3];
show result;
