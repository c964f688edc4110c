f:"J"$"," vs "3,4,3,1,2"
s:"f"$@[9#0;f;+;1]
0N!s;
T:"f"$(til 9)=\:1+til 9
T[0;6 8]:1f
show T 0
show sum 18 {x mmu T}/s
show sum 80 {x mmu T}/s
show "j"$sum 256 {x mmu T}/s
