g:("..##.......";"#...#...#..";".#....#..#.";"..#.#...#.#";".#...##..#.";"..#.##.....";".#.#.#....#";".#........#";"#.##...#...";"#...##....#";".#..#...#.#")
trees:{[g;r;d] i:d*til ceiling count[g]%d; sum "#"=g ./: flip (i;(r*til count i) mod count first g)}
show trees[g;3;1]
s:(1 1;3 1;5 1;7 1;1 2)
show trees[g] ./: s
show prd trees[g] ./: s
