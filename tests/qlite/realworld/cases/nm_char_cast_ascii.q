/ "i"$ of a char gives its code, not its digit
show "i"$"5"
show "j"$"0"
show "J"$"5"
show "5"-"0"
