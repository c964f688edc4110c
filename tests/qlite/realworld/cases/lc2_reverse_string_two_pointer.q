solve:{[s]
  i:0;
  j:-1+count s;
  while[i<j;
    s[i,j]:s[j,i];
    i+:1;
    j-:1];
  s}
result:solve["hello"];
show result;
result:solve["Hannah"];
show result;
result:solve[enlist "a"];
show result;
result:solve[""];
show result;
