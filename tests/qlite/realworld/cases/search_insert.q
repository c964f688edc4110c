searchInsert:{[a;t] sum a<t}
show searchInsert[1 3 5 6;5]
show searchInsert[1 3 5 6;2]
show searchInsert[1 3 5 6;7]
show 1 3 5 6 bin 5
show 1 3 5 6 bin 4
