t:([]name:`symbol$();qty:`long$())
`t insert (`apple;10)
`t insert (`pear;5)
show t
`t upsert (`fig;7)
show count t
k:([name:`apple`pear]qty:10 5)
`k upsert (`apple;99)
`k upsert (`kiwi;3)
show k
