do[3; -1 "hi"];
i:0
do[4; i+:2]
show i
s:0
do[5; s+:i; i-:1]
show s
