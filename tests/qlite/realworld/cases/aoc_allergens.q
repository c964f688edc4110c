foods:("mxmxvkd kfcds sqjhc nhms (contains dairy, fish)";"trh fvjkl sbzzf mxmxvkd (contains dairy)";"sqjhc fvjkl (contains soy)";"sqjhc mxmxvkd sbzzf (contains fish)")
F:{a:" (contains " vs x; (`$" " vs a 0;`$", " vs -1_a 1)} each foods
al:distinct raze F[;1]
cand:al!{[a] (inter/) F[;0] where a in/: F[;1]} each al
show cand
safe:(distinct raze F[;0]) except raze value cand
show safe
show sum sum each F[;0] in\: safe
res:{[c] while[any 1<count each c; s:raze c where 1=count each c; c:{$[1<count x;x except y;x]}[;s] each c]; first each c}[cand]
show res
-1 "," sv string res asc key res;
