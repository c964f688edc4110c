/ HumanEval 92: all integers and one is the sum of the other two
ai:{[x;y;z] (all -7h=type each (x;y;z))&(x=y+z)|(y=x+z)|z=x+y}
show ai[5;2;7]
show ai .' (5 2 7;3 2 2;3 -2 1;(3.6;-2.2;2);(2;6;2))
show ai[1.5;5;3.5]
