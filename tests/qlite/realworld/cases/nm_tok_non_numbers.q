/ parse numbers from strings: bad input is null, not an error
show "J"$"42"
show "J"$"4x"
show "I"$"abc"
show "F"$"1.5"
show "J"$("12";"x1";"30")
