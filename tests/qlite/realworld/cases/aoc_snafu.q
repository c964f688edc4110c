dig:"=-012"!-2 -1 0 1 2
from:{{y+5*x}/[0;dig x]}
to:{r:""; while[x>0; m:x mod 5; r:("012=-" m),r; x:(x div 5)+m>2]; r}
s:("1=-0-2";"12111";"2=0=";"21";"2=01";"111";"20012";"112";"1=-1=";"1-12";"12";"1=";"122")
show from each s
show sum from each s
-1 to sum from each s;
-1 to each 1 2 3 4 5 10 2022;
