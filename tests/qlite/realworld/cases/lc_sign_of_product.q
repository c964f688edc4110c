sgn:{signum prd signum x}
show sgn -1 -2 -3 -4 3 2 1
show sgn 1 5 0 2 -3
