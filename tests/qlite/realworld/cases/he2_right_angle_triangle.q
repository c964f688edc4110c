/ HumanEval 157: Pythagorean sides in any order
rat:{s:asc (x;y;z); (s[2]*s 2)=sum {x*x} 2#s}
show rat[3;4;5]
show rat .' (3 4 5;1 2 3;10 6 8;2 2 2;7 24 25;10 5 7;5 12 13;15 8 17;48 55 73;1 1 1;2 2 10)
