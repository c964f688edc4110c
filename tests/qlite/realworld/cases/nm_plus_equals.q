/ increment with += ; q uses +:
x:1
x+:1
show x
x += 1
show x
