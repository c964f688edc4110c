/ HumanEval 156: lower-case Roman numerals
roman:{v:1000 900 500 400 100 90 50 40 10 9 5 4 1;
  s:("m";"cm";"d";"cd";"c";"xc";"l";"xl";"x";"ix";"v";"iv";"i");
  r:""; i:0;
  while[x>0; while[x>=v i; r,:s i; x-:v i]; i+:1];
  r}
-1 roman each 19 152 251 426 500 1 4 43 90 94 532 900 994 1000;
