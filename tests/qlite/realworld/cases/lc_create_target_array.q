target:{[nums;idx] r:`long$(); i:0; while[i<count nums; r:(idx[i]#r),nums[i],idx[i]_r; i+:1]; r}
show target[0 1 2 3 4;0 1 2 2 1]
