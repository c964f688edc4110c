x:10 20 30 20
show where x=20
show x?20
show x?99
show where 0 1 2 0 3
show "hello"?"l"
