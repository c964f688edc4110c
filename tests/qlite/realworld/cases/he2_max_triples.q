/ HumanEval 147: triples of i*i-i+1 whose sum is a multiple of three
gmt:{a:{1+x*x-1} 1+til x; t:(til x) cross (til x) cross til x; t:t where {(x[0]<x 1)&x[1]<x 2} each t; sum 0=(sum each a t) mod 3}
show gmt 5
show gmt each 5 6 10
show {1+x*x-1} 1+til 5
