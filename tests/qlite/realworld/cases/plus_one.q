plusOne:{10 vs 1+10 sv x}
show plusOne 1 2 3
show plusOne 9 9
