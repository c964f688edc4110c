pascal:{[n] n {(0,x)+x,0}\ 1}
show pascal 4
