fib:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}
fibIter:{first x{(last x;sum x)}/0 1}
trib:{first x{1_x,sum x}/0 1 1}
result:fib 10;
show result;
result:fibIter 30;
show result;
result:fib each til 10;
show result;
result:trib 4;
show result;
result:trib 25;
show result;
