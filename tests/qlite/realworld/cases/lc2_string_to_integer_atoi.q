solve:{[str]
  s:ltrim str;
  sg:1;
  if[(count s) and s[0] in "+-"; sg:$[s[0]="-";-1;1]; s:1_s];
  d:s til sum mins s in .Q.n;
  sg*0^"J"$d}
result:solve["42"];
show result;
result:solve["   -42"];
show result;
result:solve["4193 with words"];
show result;
result:solve["words and 987"];
show result;
