/ collect squares with a list method
squares:{[n] r:(); i:0; while[i<n; r.append(i*i); i+:1]; r}
show 0 1 4
show squares 4
show `done
