L:("2-4,6-8";"2-3,4-5";"5-7,7-9";"2-8,3-7";"6-6,4-6";"2-6,4-8")
p:{{"J"$"-" vs x} each "," vs x} each L
show p 0
full:{[r] a:r 0;b:r 1;((a[0]<=b 0)&a[1]>=b 1)|(b[0]<=a 0)&b[1]>=a 1} each p
show full
show sum full
ov:{[r] a:r 0;b:r 1;(a[0]<=b 1)&b[0]<=a 1} each p
show sum ov
