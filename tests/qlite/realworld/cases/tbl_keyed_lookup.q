kt:([k:`a`b`c] v:1 2 3)
show kt[`b]
show kt[`b;`v]
show exec v from kt
show key kt
show value kt
