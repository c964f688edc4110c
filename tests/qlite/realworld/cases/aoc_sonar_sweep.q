d:"J"$"\n" vs "199\n200\n208\n210\n200\n207\n240\n269\n260\n263"
show sum 0<1_deltas d
show sum (3_d)>-3_d
w:3 msum d
show 2_w
show sum 0<1_deltas 2_w
