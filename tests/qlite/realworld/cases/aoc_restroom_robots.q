s:("p=0,4 v=3,-3";"p=6,3 v=-1,-3";"p=10,3 v=-1,2";"p=2,0 v=2,-1";"p=0,0 v=1,3";"p=3,0 v=-2,-2";"p=7,6 v=-1,-3";"p=3,0 v=-1,-2";"p=9,3 v=2,3";"p=7,3 v=-1,2";"p=2,4 v=2,-3";"p=9,5 v=-3,-3")
rb:{"J"$"," vs/: 2_/:" " vs x} each s
W:11; H:7
pos:{[n] {[n;x] (x[0]+n*x 1) mod (W;H)}[n] each rb}
p:pos 100
show p 0
q:{(signum x[0]-W div 2;signum x[1]-H div 2)} each p
c:count each group q where all each q<>0
show count c
show prd value c
