/ assigning inside a function makes a local; :: sets the global
n:0
inc:{n:n+1}
inc[]
show n
inc2:{n::n+1}
inc2[]
inc2[]
show n
