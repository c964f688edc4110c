kids:{[c;e] (c+e)>=max c}
show kids[2 3 5 1 3;3]
