common:{asc distinct x inter y}
show common[1 4 3 34 653 2 5;5 7 1 5 9 653 121]
