s:"Hello, World"
show upper s
show lower s
show count s
show reverse s
show s like "Hello*"
show "World" in s
show all "World" in s
show ss[s;"o"]
show s ss "l"
