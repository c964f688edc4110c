/ HumanEval 101: split on commas and spaces
ws:{w where 0<count each w:" " vs ssr[x;",";" "]}
0N!ws "Hi, my name is John";
show `$ws "One, two, three, four, five, six"
-1 ws "Hi, my name";
show count ws "ahmed     , gamal"
