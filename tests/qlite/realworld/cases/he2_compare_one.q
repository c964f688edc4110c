/ HumanEval 137: the larger value in its own type; a decimal comma in strings
num:{$[10h=type x;"F"$ssr[x;",";"."];"f"$x]}
co:{$[num[x]=num y;0N;num[x]>num y;x;y]}
show co[1;2.5]
show co[1;"2,3"]
show co["5,1";enlist "6"]
show co[enlist "1";1]
show co[2;3]
show num "2,5"
