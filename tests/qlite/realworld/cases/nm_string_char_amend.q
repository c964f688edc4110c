/ change one char of a string: fine with a char, not with a string or number
s:"hello"
s[0]:"j"
show s
s[1]:1
show s
