kt:([id:1 2 3]name:`ann``cy;score:95.5 0n 70.25;d:2024.01.01 0Nd 2024.03.01)
show kt
show kt 2
show kt[3]`name
show select from kt where not null score
show 0N 1 0N
show `a``c
show 1.5 0n 2
show 2024.01.01 0Nd
show 10:00 0Nu
