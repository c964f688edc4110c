sq:{[n] r:n#0; i:0; do[n; r[i]:i*i; i+:1]; r}
show sq 5
