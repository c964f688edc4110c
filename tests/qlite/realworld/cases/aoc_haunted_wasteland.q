net:{(`$3#'x)!{`$(x 7+til 3;x 12+til 3)} each x}
walk:{[m;ins;s;z] i:0; while[not (string s) like z; s:m[s] "LR"?ins i mod count ins; i+:1]; i}
m1:net ("AAA = (BBB, CCC)";"BBB = (DDD, EEE)";"CCC = (ZZZ, GGG)";"DDD = (DDD, DDD)";"EEE = (EEE, EEE)";"GGG = (GGG, GGG)";"ZZZ = (ZZZ, ZZZ)")
show walk[m1;"RL";`AAA;"ZZZ"]
m2:net ("AAA = (BBB, BBB)";"BBB = (AAA, ZZZ)";"ZZZ = (ZZZ, ZZZ)")
show m2
show walk[m2;"LLR";`AAA;"ZZZ"]
m3:net ("11A = (11B, XXX)";"11B = (XXX, 11Z)";"11Z = (11B, XXX)";"22A = (22B, XXX)";"22B = (22C, 22C)";"22C = (22Z, 22Z)";"22Z = (22B, 22B)";"XXX = (XXX, XXX)")
gcd:{$[y=0;x;.z.s[y;x mod y]]}
lcm:{(x*y) div gcd[x;y]}
st:k where (string k:key m3) like "*A"
show st
show walk[m3;"LR";;"*Z"] each st
show lcm/[walk[m3;"LR";;"*Z"] each st]
