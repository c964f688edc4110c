rv:{x where not lower[x] in "aeiou"}
show rv "abcdef"
show rv "aaBAA"
