s:""
i:0
while[i<3; s,:string i; s,:","; i+:1]
show s
show -1_s
