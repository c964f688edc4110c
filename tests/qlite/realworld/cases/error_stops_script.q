show 1
f:{x+`a}
show f 1
show 2
