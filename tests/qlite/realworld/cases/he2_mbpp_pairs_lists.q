/ MBPP 63, 64, 65: pairs and nested lists
maxDiff:{max abs (-/) each x}
show maxDiff (3 5;1 7;10 3;1 2)
show (-/) each (3 5;1 7)
marks:((`English;88);(`Science;90);(`Maths;97);(`Social;82))
0N!marks iasc marks[;1];
rsum:{$[0>type x;x;sum .z.s each x]}
show rsum (1;2;3 4;5 6)
show rsum (7;10;(15;14);(19;41))
