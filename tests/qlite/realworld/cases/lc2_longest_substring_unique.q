solve:{[s]
  seen:()!();
  best:0; l:0; i:0;
  while[i<count s;
    c:s i;
    if[c in key seen; l:l|1+seen c];
    seen[c]:i;
    best:best|1+i-l;
    i+:1];
  best}
result:solve["abcabcbb"];
show result;
result:solve["bbbbb"];
show result;
result:solve["pwwkew"];
show result;
result:solve[""];
show result;
