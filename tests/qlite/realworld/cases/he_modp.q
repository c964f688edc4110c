modp:{[n;p] r:1; do[n; r:(2*r) mod p]; r}
show modp[3;5]
show modp[1101;101]
show modp[0;101]
