fi:{x where -7h=type each x}
show fi (1;"a";2.5;3;`b)
