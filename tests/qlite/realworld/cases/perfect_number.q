isPerfect:{x=sum d where 0=x mod d:1+til x-1}
show isPerfect each 6 28 12
