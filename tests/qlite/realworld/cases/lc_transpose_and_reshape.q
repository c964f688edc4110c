reshape:{[m;r;c] $[(r*c)=count raze m;(r;c)#raze m;m]}
show reshape[(1 2;3 4);1;4]
show reshape[(1 2;3 4);2;4]
