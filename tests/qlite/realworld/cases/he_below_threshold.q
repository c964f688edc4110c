bt:{[l;t] all l<t}
show bt[1 2 4 10;100]
show bt[1 20 4 10;5]
