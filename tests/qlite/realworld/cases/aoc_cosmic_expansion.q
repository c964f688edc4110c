g:("...#......";".......#..";"#.........";"..........";"......#...";".#........";".........#";"..........";".......#..";"#...#.....")
p:raze {[r] r,/:where g[r]="#"} each til count g
er:where all each g="."
ec:where all each "."=flip g
show (er;ec)
tot:{[f] P:flip (p[;0]+(f-1)*1+er bin p[;0];p[;1]+(f-1)*1+ec bin p[;1]);
  (sum sum {[a;b] sum abs a-b}/:\:[P;P]) div 2}
show tot each 2 10 100
