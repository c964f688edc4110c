rle:{[x] g:(where differ x) cut x; (first each g),'count each g}
r:rle 1 1 2 3 3 3
show r
