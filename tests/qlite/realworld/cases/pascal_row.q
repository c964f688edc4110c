row:{x {(0,x)+x,0}/ 1}
show row 5
