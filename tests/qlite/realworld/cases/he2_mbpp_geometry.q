/ MBPP 80, 82, 86: tetrahedral numbers, sphere volume, centred hexagonal numbers
tetra:{(x*(x+1)*x+2) div 6}
show tetra each 5 6 7
pi:acos -1
sphere:{(4%3)*pi*x xexp 3}
show sphere 10
show sphere each 25 20
hex:{1+3*x*x-1}
show hex each 10 2 9
show pi
