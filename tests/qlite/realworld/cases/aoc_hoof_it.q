g:("89010123";"78121874";"87430965";"96549874";"45678903";"32019012";"01329801";"10456732")
H:-48+"j"$g
R:count H; C:count first H
nb:{n:x+/:(0 1;0 -1;1 0;-1 0); n where all each (n>=0) and n<\:(R;C)}
ends:{[p] h:H . p; $[h=9; enlist p; raze ends each n where (H ./: n:nb p)=h+1]}
z:raze til[R],/:\:til C
z:z where 0=H ./: z
show count z
show sum {count distinct ends x} each z
show sum {count ends x} each z
