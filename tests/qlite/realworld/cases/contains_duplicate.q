hasDup:{(count x)>count distinct x}
show hasDup 1 2 3 1
show hasDup 1 2 3 4
