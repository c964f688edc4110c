solve:{[strs]
  m:min count each strs;
  i:0;
  while[(i<m) and 1=count distinct strs[;i]; i+:1];
  i#first strs}
result:solve[("flower";"flow";"flight")];
show result;
result:solve[("dog";"racecar";"car")];
show result;
result:solve[("ab";"abc")];
show result;
