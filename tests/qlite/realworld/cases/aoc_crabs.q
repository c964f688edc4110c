p:"J"$"," vs "16,1,2,0,4,2,7,1,2,14"
c1:{[p;x] sum abs p-x}
c2:{[p;x] d:abs p-x; sum (d*d+1) div 2}
r:til 1+max p
show min c1[p] each r
show r first iasc c1[p] each r
show min c2[p] each r
show r first iasc c2[p] each r
