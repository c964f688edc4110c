dir:"RLUD"!(1 0;-1 0;0 1;0 -1)
steps:{raze {("J"$2_x)#enlist dir first x} each x}
follow:{[t;h] d:h-t; $[any 1<abs d; t+signum d; t]}
m:("R 4";"U 4";"L 3";"D 1";"R 4";"D 1";"L 5";"R 2")
hp:sums enlist[0 0],steps m
show last hp
show count distinct follow\[0 0;hp]
show count distinct 9 {follow\[0 0;x]}/hp
m2:("R 5";"U 8";"L 8";"D 3";"R 17";"D 10";"L 25";"U 20")
show count distinct 9 {follow\[0 0;x]}/sums enlist[0 0],steps m2
