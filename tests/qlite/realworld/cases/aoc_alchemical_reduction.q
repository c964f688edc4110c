react:{"c"$({$[count[x]&32=abs (last x)-y; -1_x; x,y]}/)["j"$();"j"$x]}
s:"dabAcCaCBAcCcaDA"
-1 react s;
show count react s
show min {count react x except (y;upper y)}[s] each distinct lower s
