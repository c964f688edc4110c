g:{x@value group asc each x}
r:g ("eat";"tea";"tan";"ate";"nat";"bat")
show count each r
show r 1
