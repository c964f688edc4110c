/ f(a,b) applies f to one list: a projection, not a call with two arguments
add:{x+y}
show add(1)
show add[1;2]
p:add(1,2)
show p 10
