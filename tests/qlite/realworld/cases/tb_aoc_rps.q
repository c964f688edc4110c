g:("A Y";"B X";"C Z")
s:{(1+"XYZ"?x 2)+3*((("XYZ"?x 2)-"ABC"?x 0)+1) mod 3} each g
show s
show sum s
