lpf:{[n] d:2; while[(d*d)<=n; $[0=n mod d; n:n div d; d+:1]]; n}
show lpf 13195
show lpf 2048
