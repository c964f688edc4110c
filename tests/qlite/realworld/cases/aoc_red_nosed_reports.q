r:{"J"$" " vs x} each ("7 6 4 2 1";"1 2 7 8 9";"9 7 6 2 1";"1 3 2 4 5";"8 6 4 4 1";"1 3 6 7 9")
safe:{d:1_deltas x; (all d within 1 3) or all d within -3 -1}
show safe each r
show sum safe each r
damp:{any safe each x _/: til count x}
show damp each r
show sum damp each r
