/ a trailing ; makes a function return nothing
f:{x*2;}
g:{x*2}
show g 4
r:f 4
show r~(::)
show (::)~f 4
