s:"2-4,6-8\n2-3,4-5\n5-7,7-9\n2-8,3-7\n6-6,4-6\n2-6,4-8"
r:{"J"$"-" vs/: "," vs x} each "\n" vs s
cont:{(all x[0] within x 1) or all x[1] within x 0}
ovl:{(x[0;0]<=x[1;1]) and x[1;0]<=x[0;1]}
show cont each r
show sum cont each r
show sum ovl each r
