/ insert a float into a long column
t:([]id:1 2;v:10 20)
`t insert (3;30)
show count t
`t insert (4;40.5)
show count t
