/ two sum: one pass with a dictionary of seen values
solve:{[nums;target]
  d:()!();
  i:0;
  while[i<count nums;
    c:target-nums i;
    if[c in key d; :(d c),i];
    d[nums i]:i;
    i+:1];
  `long$()}
result:solve[2 7 11 15;9];
show result;
result:solve[3 2 4;6];
show result;
result:solve[3 3;6];
show result;
result:solve[1 2;10];
show result;
