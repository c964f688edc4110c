isPrime:{[n] if[n<2; :0b]; i:2; while[(i*i)<=n; if[0=n mod i; :0b]; i+:1]; 1b}
show sum isPrime each til 100
