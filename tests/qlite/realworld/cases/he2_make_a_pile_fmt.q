/ HumanEval 100: the pile of stones, printed several ways
pile:{x+2*til x}
show pile 3
show pile 6
-1 " " sv string pile 4;
-1 .Q.fmt[6;2] 3.14159;
-1 .Q.fmt[8;3] avg 1 2 3 4.5;
show .Q.fmt[5;1] 2.25e1
