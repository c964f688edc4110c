f:{0N!x; x+1}
show f 1
