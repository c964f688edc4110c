d2b:{"db",("01" 2 vs x),"db"}
show d2b 15
show d2b 32
