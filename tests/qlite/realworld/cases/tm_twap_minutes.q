times:09:30 09:35 09:45 10:00
px:100 101 99 102f
dur:(1_times)-(-1_times)
show dur
w:"j"$dur
show w
show w wavg -1_px
