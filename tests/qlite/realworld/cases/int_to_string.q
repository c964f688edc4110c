s:string 12345
show s
show count s
show string 7
