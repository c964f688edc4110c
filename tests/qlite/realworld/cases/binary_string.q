toBin:{"01" 2 vs x}
show toBin 10
show toBin each 1 2 5
show 2 sv "J"$'"1010"
