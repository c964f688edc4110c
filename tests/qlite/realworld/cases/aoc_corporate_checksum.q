rows:{{"J"$" " vs x} each "\n" vs x}
r:rows "5 1 9 5\n7 5 3\n2 4 6 8"
show sum {max[x]-min x} each r
evendiv:{first raze {[r;a] (r where (a<>r) and 0=r mod a) div a}[x] each x}
r2:rows "5 9 2 8\n9 4 7 3\n3 8 6 5"
show evendiv each r2
show sum evendiv each r2
