fly:{[q;w] (q~reverse q) and w>=sum q}
show fly[1 2;5]
show fly[3 2 3;9]
show fly[3 2 3;1]
