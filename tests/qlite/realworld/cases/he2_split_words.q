/ HumanEval 125: split on blanks, else commas, else count letters at odd places
spw:{$[" " in x;" " vs x;"," in x;"," vs x;sum 1=(.Q.a?x where x in .Q.a) mod 2]}
0N!spw "Hello world!";
0N!spw "Hello,world!";
0N!spw "Hello world,!";
show spw "abcdef"
show spw "aaabb"
show spw "aaaBb"
show spw ""
