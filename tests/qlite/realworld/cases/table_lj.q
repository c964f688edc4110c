t:([] k:1 2 3; v:`a`b`c)
kt:([k:1 3] w:100 300)
show t lj kt
show kt
