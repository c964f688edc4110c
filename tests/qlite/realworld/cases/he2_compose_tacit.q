/ compositions and projections instead of lambdas
sq:{x*x}
sumsq:'[sum;sq]
show sumsq 1 2 3
neg_abs:'[neg;abs]
show neg_abs -3 4
inc:1+
dbl:2*
show inc dbl 5
show (inc dbl@) 5
show dbl each inc each 1 2 3
half:%[;2]
show half 7
show half each 1 2 3
pow2:xexp[2]
show pow2 10
show 10 {x+y}/ 1 2 3
