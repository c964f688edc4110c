removeElement:{[nums;v] count nums where nums<>v}
show removeElement[3 2 2 3;3]
show removeElement[0 1 2 2 3 0 4 2;2]
