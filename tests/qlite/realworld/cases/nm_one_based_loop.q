/ a 1-based loop runs one past the end: the missing item is a null and the sum turns null
x:1 2 3
s:0
i:0
while[i<count x; s+:x i; i+:1]
show s
s:0
i:1
while[i<=count x; s+:x i; i+:1]
show s
