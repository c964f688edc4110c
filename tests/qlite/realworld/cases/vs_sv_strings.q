show "," vs "a,b,c"
show "," sv ("ab";"c";"d")
show "-" sv ("2024";"01";"15")
show ", " vs "x, y, z"
