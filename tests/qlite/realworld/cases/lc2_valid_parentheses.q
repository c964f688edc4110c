solve:{[s]
  st:"";
  m:")]}"!"([{";
  i:0;
  while[i<count s;
    c:s i;
    if[c in "([{"; st,:c];
    if[c in ")]}";
      if[0=count st; :0b];
      if[(last st)<>m c; :0b];
      st:-1_st];
    i+:1];
  0=count st}
result:solve["()"];
show result;
result:solve["()[]{}"];
show result;
result:solve["(]"];
show result;
result:solve["([)]"];
show result;
result:solve["{[]}"];
show result;
result:solve[enlist "("];
show result;
