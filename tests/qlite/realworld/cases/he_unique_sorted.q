show asc distinct 5 3 5 2 3 3 9 0 123
