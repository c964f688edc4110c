s:"COM)B\nB)C\nC)D\nD)E\nE)F\nB)G\nG)H\nD)I\nE)J\nJ)K\nK)L"
e:")" vs' "\n" vs s
par:(`$e[;1])!`$e[;0]
show sum {-2+count par\[x]} each key par
par2:par,`YOU`SAN!`K`I
a:1_par2\[`YOU]; b:1_par2\[`SAN]
c:first a inter b
show c
show (a?c)+b?c
