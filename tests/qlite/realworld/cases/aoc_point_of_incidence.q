p1:("#.##..##.";"..#.##.#.";"##......#";"##......#";"..#.##.#.";"..##..##.";"#.#.##.#.")
p2:("#...##..#";"#....#..#";"..##..###";"#####.##.";"#####.##.";"..##..###";"#....#..#")
refl:{[g;sm] first (1+til count[g]-1) where {[g;sm;k] n:k&count[g]-k; sm=sum sum (reverse (k-n)_k#g)<>n#k _ g}[g;sm] each 1+til count[g]-1}
score:{[g;sm] r:refl[g;sm]; $[null r;refl[flip g;sm];100*r]}
show score[;0] each (p1;p2)
show sum score[;0] each (p1;p2)
show sum score[;1] each (p1;p2)
