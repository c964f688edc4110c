mul:{[s] i:s ss "mul(";
  v:{[s;p] a:(p+4)_s; b:(a?")")#a; w:"," vs b;
    $[(2=count w) and all {(count[x] within 1 3) and all x in .Q.n} each w; prd "J"$w; 0]}[s] each i;
  (i;v)}
s:"xmul(2,4)%&mul[3,7]!@^do_not_mul(5,5)+mul(32,64]then(mul(11,8)mul(8,5))"
r:mul s
show r 0
show r 1
show sum r 1
s2:"xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))"
on:s2 ss "do()"; off:s2 ss "don't()"
sw:asc on,off
st:(on!count[on]#1b),off!count[off]#0b
en:{k:sw bin x; $[k<0;1b;st sw k]}
r2:mul s2
show en each r2 0
show sum r2[1] where en each r2 0
