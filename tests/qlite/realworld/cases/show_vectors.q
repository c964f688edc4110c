show 1 2 3
show 1.0 2.0
show 1.5 2 3
show 010b
show `a`b`c
show "text"
show 0#0
show `long$()
show ""
show 1 0N 3
