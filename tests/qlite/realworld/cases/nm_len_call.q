/ length of a list, written as in Python
nums:3 1 4 1 5
show count nums
n:len(nums)
show n
