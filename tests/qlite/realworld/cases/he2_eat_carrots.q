/ HumanEval 159: carrots eaten and left
eat:{[n;need;rem] e:need&rem; (n+e;rem-e)}
show eat[5;6;10]
show eat .' (4 8 9;1 10 10;2 11 5;4 5 7;4 5 1)
