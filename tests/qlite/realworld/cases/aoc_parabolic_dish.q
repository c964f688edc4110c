g:("O....#....";"O.OO#....#";".....##...";"OO.#O....O";".O.....O#.";"O.#..O.#.#";"..O..#O..O";".......O..";"#....###..";"#OO..#....")
tilt:{"#" sv desc each "#" vs x}
n:flip tilt each flip g
-1 n;
ld:{sum (reverse 1+til count x)*sum each x="O"}
show ld g
show ld n
