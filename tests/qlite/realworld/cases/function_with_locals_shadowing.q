x:100
f:{[x] x:x+1; x}
show f 5
show x
g:{y:10; y*2}
show g[]
k:{[] y:10; y*2}
show k[]
