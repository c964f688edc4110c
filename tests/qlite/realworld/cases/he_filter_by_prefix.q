fp:{[strs;p] strs where strs like p,"*"}
show fp[("abc";"bcd";"cde";"array");"a"]
