h:("32T3K";"T55J5";"KK677";"KTJJT";"QQQJA"); b:765 684 28 220 483
tc:{$[5=x 0;6;4=x 0;5;(3=x 0) and 2=x 1;4;3=x 0;3;(2=x 0) and 2=x 1;2;2=x 0;1;0]}
typ:{tc desc value count each group x}
k:((typ each h)*371293)+13 sv/: "23456789TJQKA"?h
show typ each h
show h iasc k
show sum b*1+rank k
typ2:{c:desc value count each group x except "J"; if[0=count c; c:enlist 0]; c[0]+:sum x="J"; tc c}
k2:((typ2 each h)*371293)+13 sv/: "J23456789TQKA"?h
show h iasc k2
show sum (1+til count b)*b iasc k2
