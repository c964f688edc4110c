myAtoi:{"J"$x}
show myAtoi "42"
show myAtoi "-17"
show "J"$("1";"22";"333")
