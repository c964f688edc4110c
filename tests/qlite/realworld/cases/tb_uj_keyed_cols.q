a:([k:1 2]x:`p`q)
b:([k:2 3]y:20 30)
show a uj b
show (0!a) uj 0!b
