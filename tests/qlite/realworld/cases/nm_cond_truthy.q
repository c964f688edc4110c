/ $[;;] takes any non-zero as true
sign:{$[x>0;1;x<0;-1;0]}
show sign each 3 -2 0
show $[5;"yes";"no"]
show $[0;"yes";"no"]
