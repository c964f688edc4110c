/ increment with += ; q uses +: (x += 1 reads as x+(=1), never an increment)
x:1
x+:1
show x
x += 1
