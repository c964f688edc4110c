/ tests written as assertions that signal on failure, run under a trap
assert:{[name;got;want] if[not got~want;'"fail: ",name]; -1 name," ok";}
fib:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}
assert["fib 10";fib 10;55]
assert["fib 0";fib 0;0]
assert["fib list";fib each til 8;0 1 1 2 3 5 8 13]
res:@[assert["wrong type";fib 5;]; 5f; {x}]
-1 res;
res2:.[assert;("strings";"abc";"abc");{x}]
show res2~(::)
