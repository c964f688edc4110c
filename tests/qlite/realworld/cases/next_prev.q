show next 1 2 3
show prev 1 2 3
show 1 xprev 1 2 3
show -1 xprev 1 2 3
