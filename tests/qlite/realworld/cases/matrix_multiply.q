mm:{[a;b] a{sum x*y}/:\:flip b}
show mm[(1 2;3 4);(5 6;7 8)]
