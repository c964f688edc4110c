n:3
m:(n;n)#0
i:0
while[i<n; m[i;i]:1; i+:1]
show m
