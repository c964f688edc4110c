t:([] n:`long$(); sq:`long$())
i:1
while[i<=3; `t insert (i;i*i); i+:1]
show t
