show 1 2 3 +' 10 20 30
show {x,y}'["abc";"def"]
show (til 3) {x*y}' 4 5 6
