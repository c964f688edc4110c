cl:("#1 @ 1,3: 4x4";"#2 @ 3,1: 4x4";"#3 @ 5,5: 2x2")
cells:{w:" " vs x; xy:"J"$"," vs -1_w 2; wh:"J"$"x" vs w 3;
  raze ((xy[0]+til wh 0)*1000)+\:xy[1]+til wh 1}
cs:cells each cl
c:count each group raze cs
show sum 1<c
show 1+first where {all 1=c x} each cs
