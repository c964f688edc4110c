happy:{$[3>count x;0b;not any (x=1 next x) or (x=2 next x) or (1 next x)=2 next x]}
hp:{[s] $[3>count s;0b;all {3=count distinct x} each 3#'(til count[s]-2)_\:s]}
show hp each ("a";"aa";"abcd";"aabb";"adb";"xyy")
