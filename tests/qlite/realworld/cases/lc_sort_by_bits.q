sortBits:{x iasc (sum each 0b vs/: x),'x}
sb:{x iasc x+1000*sum each 2 vs/: x}
show sb 0 1 2 3 4 5 6 7 8
