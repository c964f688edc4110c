show ` vs `a.b.c
show ` sv `a`b`c
show `$"." vs "x.y"
show upper `abc
show lower `ABC
show string each `x`yy
