g:("30373";"25512";"65332";"33549";"35390")
h:-48+"j"$g
vis:{x>-1,-1_maxs x}
v:(vis each h) or (reverse each vis each reverse each h) or (flip vis each flip h) or flip reverse each vis each reverse each flip h
show sum sum v
dist:{[x;i] r:(i+1)_x; k:first where r>=x i; $[null k;count r;k+1]}
right:{dist[x] each til count x}
sc:(right each h)*(reverse each right each reverse each h)*(flip right each flip h)*flip reverse each right each reverse each flip h
show sc 3
show max max sc
