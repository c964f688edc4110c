f:{[s] r:""; i:0; while[i<count s; c:s i; r,:$[c within "AZ";"c"$32+"j"$c;c]; i+:1]; r}
show f "Hello WORLD"
