solve:{[a;b] a+b}
result:@[solve[1 2 3];1 2;{`$x}];
show result;
result:solve[1 2 3;10];
show result;
show solve[1 2 3;1 2];
