topK:{[nums;k] k#key desc count each group nums}
show topK[1 1 1 2 2 3;2]
show topK[enlist 1;1]
