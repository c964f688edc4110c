sp:{(sum x;prd x)}
show sp 1 2 3 4
show sp `long$()
