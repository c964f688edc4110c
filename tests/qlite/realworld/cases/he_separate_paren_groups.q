sep:{[s]
  s:s where not s=" ";
  res:(); cur:""; depth:0;
  i:0;
  while[i<count s;
    c:s i;
    cur,:c;
    depth+:$[c="(";1;-1];
    if[depth=0; res,:enlist cur; cur:""];
    i+:1];
  res}
show sep "( ) (( )) (( )( ))"
