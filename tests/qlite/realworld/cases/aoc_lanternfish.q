f:"J"$"," vs "3,4,3,1,2"
s:@[9#0;f;+;1]
show s
day:{n:1 rotate x; n[6]+:x 0; n}
show sum 18 day/s
show sum 80 day/s
show sum 256 day/s
