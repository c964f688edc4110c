s:"10 20 30"
n:"J" $ " " vs s
show n
show sum n
show "F"$"1.5"
show "J"$"abc"
show "I"$("1";"x")
