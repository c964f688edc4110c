/ an empty list takes the type of its first append
r:()
r,:`a
r,:`b
show r
r,:1
show r
