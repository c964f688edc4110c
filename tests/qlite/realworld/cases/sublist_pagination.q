x:til 10
show 3 sublist x
show 2 3 sublist x
show -2 sublist x
