show 2 cut til 7
show 0 2 5 cut "abcdefg"
show 1 rotate 1 2 3 4
show -1 rotate 1 2 3 4
show 3 sublist 10 20 30 40
