changeBase:{[x;b] raze string b vs x}
show changeBase[8;3]
show changeBase[8;2]
show changeBase[7;2]
