s:"3   4\n4   3\n2   5\n1   3\n3   9\n3   3"
p:flip {"J"$(" " vs x) 0 3} each "\n" vs s
l:p 0; r:p 1
show (l;r)
show sum abs (asc l)-asc r
c:count each group r
show sum l*0^c l
