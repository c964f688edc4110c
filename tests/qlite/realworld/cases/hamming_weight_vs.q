show sum 0b vs 11
show 0b vs 5i
show 2 sv 0b vs 5i
