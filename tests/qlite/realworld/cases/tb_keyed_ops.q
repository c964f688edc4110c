kt:([id:101 102 103]name:`ann`bob`cy;age:30 40 50)
show key kt
show value kt
show cols kt
show keys kt
show kt 102
show kt[101]`age
show kt ([]id:103 101)
show 0!kt
show meta kt
show count kt
show exec name from kt
