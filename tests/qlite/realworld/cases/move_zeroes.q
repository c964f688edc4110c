moveZeroes:{(x where x<>0),(sum x=0)#0}
show moveZeroes 0 1 0 3 12
