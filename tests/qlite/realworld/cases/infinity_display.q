show 0W
show -0W
show 1%0
show -1%0
show 0n
show 1 0n 2
