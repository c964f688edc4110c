kt:([d:2024.01.01 2024.01.01;s:`a`b]px:1.5 2.5)
kt:kt upsert (2024.01.01;`a;9.5)
kt:kt upsert (2024.01.02;`a;3.5)
show kt
show kt[(2024.01.01;`b)]`px
