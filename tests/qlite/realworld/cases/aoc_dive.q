c:" " vs' ("forward 5";"down 5";"forward 8";"up 3";"down 8";"forward 2")
op:`$c[;0]; n:"J"$c[;1]
h:sum n where op=`forward
dp:(sum n where op=`down)-sum n where op=`up
show h*dp
aim:sums n*(op=`down)-op=`up
show h*sum (n*aim) where op=`forward
