s:"caf\303\251"
show count s
show s
-1 s;
