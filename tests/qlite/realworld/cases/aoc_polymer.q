t:"NNCB"
r:("CH -> B";"HH -> N";"CB -> H";"NH -> C";"HB -> C";"HC -> B";"HN -> C";"NN -> C";"BH -> H";"NC -> B";"NB -> B";"BN -> B";"BB -> N";"BC -> B";"CC -> N";"CN -> C")
m:(`$2#'r)!last each r
step:{p:x (til -1+count x)+\:0 1; (raze (-1_x),'m `$p),last x}
-1 step t;
-1 (2 step/t);
p:10 step/t
show count p
c:count each group p
show max[c]-min c
show asc key c
