l:`a`b`c
r:{[i;v] (string i),":",string v}'[til count l;l]
show r
