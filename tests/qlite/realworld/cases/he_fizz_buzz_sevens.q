fb7:{[n] s:raze string l where any 0=(l:til n) mod/: 11 13; sum s="7"}
show fb7 50
show fb7 78
show fb7 79
