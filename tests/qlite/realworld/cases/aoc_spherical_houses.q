mv:"^v<>"!(0 1;0 -1;-1 0;1 0)
walk:{sums enlist[0 0],mv x}
houses:{count distinct walk x}
robo:{i:til count x; count distinct raze walk each (x where 0=i mod 2;x where 1=i mod 2)}
show houses each (enlist ">";"^>v<";"^v^v^v^v^v")
show robo each ("^v";"^>v<";"^v^v^v^v^v")
