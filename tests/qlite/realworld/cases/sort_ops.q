x:3 1 4 1 5 9 2 6
show asc x
show desc x
show iasc x
show x iasc x
show distinct x
show rank x
