sumsq:{[n] s:0; i:1; do[n; s+:i*i; i+:1]; s}
show sumsq 3
show sumsq 10
