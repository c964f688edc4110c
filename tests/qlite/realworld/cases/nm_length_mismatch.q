/ adding lists of different length
a:1 2 3
b:10 20 30
show a+b
show a+10 20
show `unreached
