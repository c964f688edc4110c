kt:([k:`a`b] v:1 2)
kt:kt upsert ([k:`b`c] v:20 30)
show kt
