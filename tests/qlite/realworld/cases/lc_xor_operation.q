xorOp:{[n;s] 2 sv (<>/) 0b vs/: s+2*til n}
show xorOp[5;0]
show xorOp[4;3]
