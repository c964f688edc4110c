/ value tests compare with ~, which also compares types: sum of booleans is an int
show (sum 101b)~2
show (sum 101b)=2
show (sum 101b)~2i
show 1 2 3~1 2 3f
show 1 2 3=1 2 3f
show (enlist 5)~5
show (1#5)~enlist 5
show "a"~enlist "a"
show "ab"~("a";"b")
show `a~"a"
show (`long$())~0#0
show 0N~0n
show (avg 1 2 3)~2
show (avg 1 2 3)~2f
show (asc 3 1 2)~1 2 3
show (count "abc")~3
show (`a`b!1 2)~`a`b!1 2
show (`a`b!1 2)~`b`a!2 1
