solve:{[cost]
  a:b:0;
  i:2;
  while[i<=count cost;
    c:min(b+cost i-1;a+cost i-2);
    a:b; b:c;
    i+:1];
  b}
result:solve[10 15 20];
show result;
result:solve[1 100 1 1 1 100 1 1 100 1];
show result;
