/ HumanEval 78: count the prime hexadecimal digits
hk:{sum x in "2357BD"}
show hk "AB"
show hk each ("AB";"1077E";"ABED1A33";"123456789ABCDEF0";"2020")
