/ MBPP 12: rows sorted by their sums; the matrix prints in aligned columns
sm:{x iasc sum each x}
show sm (1 2 3;2 4 5;1 1 1)
show sm (1 2 3;-2 4 -5;1 -1 1)
show sm (5 8 9;6 4 3;2 1 4)
show sum each (10 200;3 4)
