/ HumanEval 149: drop odd-length strings, sort by length then alphabetically
sls:{w:x where 0=(count each x) mod 2; w:w iasc w; w iasc count each w}
0N!sls ("aa";"a";"aaa");
0N!sls ("school";"AI";"asdf";"b");
0N!sls ("d";"dcba";"abcd";"a");
0N!sls ("AI";"ai";"au");
0N!sls ("aaaa";"bbbb";"dd";"cc");
