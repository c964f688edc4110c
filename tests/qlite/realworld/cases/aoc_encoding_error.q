n:35 20 15 25 47 40 62 55 65 95 102 117 150 182 127 219 299 277 309 576
valid:{[w;v] any (v-w) in w}
bad:{[n;k] first n k+where not {[n;k;i] valid[n i+til k;n i+k]}[n;k] each til count[n]-k}
show b:bad[n;5]
s:sums n
lo:0; hi:1
while[b<>sum n lo+til 1+hi-lo; $[b>sum n lo+til 1+hi-lo;hi+:1;lo+:1]]
r:n lo+til 1+hi-lo
show r
show min[r]+max r
