x:1 -2 3 -4
show ?[x>0;x;0]
show ?[x>0;`pos;`neg]
