/ join and split
words:("a";"bc";"d")
show "," sv words
show " " vs "x y"
s:",".join(words)
show s
