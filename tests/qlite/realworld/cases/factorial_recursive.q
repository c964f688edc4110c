fact:{$[x<=1;1;x*.z.s x-1]}
show fact 6
