pz:{[l] n:count l; any raze (0=l +/: l) and not (til n)=/:til n}
show pz 1 3 5 0
show pz 2 4 -5 3 5 7
