fib:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}
show fib each til 10
