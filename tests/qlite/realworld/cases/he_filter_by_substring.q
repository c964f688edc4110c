f:{[strs;sub] strs where strs like "*",sub,"*"}
show f[("abc";"bacd";"cde";"array");"a"]
