/ digit sum written as the sum of a string
n:1234
show sum "J"$'string n
show sum string n
