kt:([id:1 2 3] val:`a`b`c)
show kt
show kt 2
