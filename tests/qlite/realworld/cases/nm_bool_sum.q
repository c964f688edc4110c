/ True+True: the sum of booleans is an int
flags:101b
show sum flags
show count where flags
show 1b+1b
show flags*2
