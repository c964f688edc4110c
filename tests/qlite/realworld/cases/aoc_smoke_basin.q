g:("2199943210";"3987894921";"9856789892";"8767896789";"9899965678")
h:-48+"j"$g
R:count h; C:count first h
d:(0 1;0 -1;1 0;-1 0)
inb:{(x[0] within (0;R-1)) and x[1] within (0;C-1)}
nbrs:{n:x+/:d; n where inb each n}
pts:raze til[R],/:\:til C
low:pts where {(h . x)<min h ./: nbrs x} each pts
show low
show sum 1+h ./: low
basin:{q:enlist x; seen:enlist x;
  while[count q; p:first q; q:1_q; n:nbrs p; n:n where 9>h ./: n; n:n except seen; seen,:n; q,:n];
  count seen}
show basin each low
show prd 3#desc basin each low
