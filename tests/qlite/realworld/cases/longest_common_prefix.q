lcp:{[strs]
  if[0=count strs; :""];
  p:first strs;
  i:1;
  while[i<count strs;
    s:strs i;
    while[not p~(count p)#s; p:-1_p];
    i+:1];
  p}
show lcp ("flower";"flow";"flight")
show lcp ("dog";"racecar";"car")
