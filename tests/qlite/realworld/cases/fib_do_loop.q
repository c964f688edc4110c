fib:{[n] a:0; b:1; do[n; t:b; b:a+b; a:t]; a}
show fib each til 10
