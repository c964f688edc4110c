/ HumanEval 55: Fibonacci four ways: recursion, over with a count, scan, a loop
f1:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}
f2:{first {(x 1;sum x)}/[x;0 1]}
f3:{last {x,sum -2#x}/[x-1;0 1]}
f4:{a:0; b:1; do[x; t:b; b:a+b; a:t]; a}
show f1 each 10 1 8 11 12
show f2 each 10 1 8 11 12
show f3 each 10 2 8 11 12
show f4 each 10 1 8 11 12
show {(x 1;sum x)}\[5;0 1]
