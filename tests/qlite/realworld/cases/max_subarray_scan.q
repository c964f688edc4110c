maxSub:{max {y+0|x}\[x]}
show maxSub -2 1 -3 4 -1 2 1 -5 4
