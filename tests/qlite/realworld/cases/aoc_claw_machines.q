s:"Button A: X+94, Y+34\nButton B: X+22, Y+67\nPrize: X=8400, Y=5400\n\nButton A: X+26, Y+66\nButton B: X+67, Y+21\nPrize: X=12748, Y=12176\n\nButton A: X+17, Y+86\nButton B: X+84, Y+37\nPrize: X=7870, Y=6450\n\nButton A: X+69, Y+23\nButton B: X+27, Y+71\nPrize: X=18641, Y=10279"
num:{"J"$last each x vs' ", " vs last ": " vs y}
m:{l:"\n" vs x; (num["+";l 0];num["+";l 1];num["=";l 2])} each "\n\n" vs s
show m 0
cost:{[off;m] a:m 0; b:m 1; p:off+m 2; d:(a[0]*b 1)-a[1]*b 0;
  na:(p[0]*b 1)-p[1]*b 0; nb:(a[0]*p 1)-a[1]*p 0;
  $[(0=na mod d) and 0=nb mod d;(3*na div d)+nb div d;0]}
show cost[0] each m
show sum cost[0] each m
show sum cost[10000000000000] each m
