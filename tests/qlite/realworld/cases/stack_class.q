stack:`long$()
push:{stack::stack,x}
pop:{r:last stack; stack::-1_stack; r}
push 1; push 2; push 3
show pop[]
show stack
show count stack
