s:("mask = XXXXXXXXXXXXXXXXXXXXXXXXXXXXX1XXXX0X";"mem[8] = 11";"mem[7] = 101";"mem[8] = 0")
mem:()!(); mask:""
apply:{[m;v] b:-36#0b vs v; b[where m="1"]:1b; b[where m="0"]:0b; 2 sv "j"$b}
{ $[x like "mask*"; mask::7_x;
   [a:"J"$-1_4_first " = " vs x; v:"J"$last " = " vs x; @[`mem;a;:;apply[mask;v]]]] } each s;
show mem
show sum mem
