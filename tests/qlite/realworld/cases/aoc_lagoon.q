s:("R 6 (#70c710)";"D 5 (#0dc571)";"L 2 (#5713f0)";"D 2 (#d2c081)";"R 2 (#59c680)";"D 2 (#411b91)";"L 5 (#8ceca2)";"U 2 (#caa171)";"L 1 (#1b58a2)";"U 2 (#7807d2)";"R 2 (#7a21e0)";"U 3 (#a77fa2)";"L 2 (#015232)";"U 2 (#7a21e0)")
dir:"RDLU"!(0 1;1 0;0 -1;-1 0)
area:{[d;n] v:sums n*dir d; r:v[;0]; c:v[;1]; a:abs sum (r*1 rotate c)-c*1 rotate r; (a div 2)+1+(sum n) div 2}
w:" " vs' s
show area[first each w[;0];"J"$w[;1]]
hx:{5#2_x} each w[;2]
d2:"RDLU" "0123"?{(-2#x) 0} each w[;2]
n2:16 sv/: "0123456789abcdef"?hx
show 3#n2
show area[d2;n2]
