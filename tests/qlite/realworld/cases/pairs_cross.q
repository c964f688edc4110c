show {x cross x} 1 2
show count 1 2 3 cross 4 5
