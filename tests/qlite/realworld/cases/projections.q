add:{x+y}
inc:add[1]
show inc 5
f:{x+y+z}[1;;3]
show f 10
show add[10] each 1 2 3
g:{x,y}["pre-"]
show g "fix"
mul:*[2]
show mul 21
