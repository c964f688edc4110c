x:10 20 30
show first x
show last x
show first "abc"
show last `a`b
show first each (1 2;3 4)
show last each ("ab";"cd")
