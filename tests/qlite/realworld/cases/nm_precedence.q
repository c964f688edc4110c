/ q evaluates right to left: no operator precedence
show 2*3+4
show (2*3)+4
show 10-5-2
show 1<2<3
show 0.1+0.2=0.3
