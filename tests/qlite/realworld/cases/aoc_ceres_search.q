g:("MMMSXXMASM";"MSAMXMSMSA";"AMXSXMAAMM";"MSAMASMSMX";"XMASAMXAMM";"XXAMMXXAMA";"SMSMSASXSS";"SAXAMASAAA";"MAMMMXMMMM";"MXMXAXMASX")
R:count g; C:count first g
at:{$[(x[0] within 0,R-1) and x[1] within 0,C-1; g . x; " "]}
D:(0 1;0 -1;1 0;-1 0;1 1;1 -1;-1 1;-1 -1)
word:{[p;d] at each p+/:(til 4)*\:d}
pts:raze til[R],/:\:til C
show sum {sum {"XMAS"~word[x;y]}[x] each D} each pts
xmas:{[p] a:at each p+/:(-1 -1;1 1); b:at each p+/:(-1 1;1 -1); ("A"=g . p) and (a in ("MS";"SM")) and b in ("MS";"SM")}
show sum xmas each pts
