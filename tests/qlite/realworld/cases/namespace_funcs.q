\d .util
sq:{x*x}
cube:{x*sq x}
\d .
show .util.sq 4
show .util.cube 3
.math.add:{x+y}
show .math.add[2;3]
show .util.sq each 1 2 3
