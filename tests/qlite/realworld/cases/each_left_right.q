show 1 2 3 +\: 10 20
show 1 2 +/: 10 20 30
show "ab" ,\: "xy"
