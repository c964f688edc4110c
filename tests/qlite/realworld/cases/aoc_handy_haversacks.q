s:("light red bags contain 1 bright white bag, 2 muted yellow bags.";"dark orange bags contain 3 bright white bags, 4 muted yellow bags.";"bright white bags contain 1 shiny gold bag.";"muted yellow bags contain 2 shiny gold bags, 9 faded blue bags.";"shiny gold bags contain 1 dark olive bag, 2 vibrant plum bags.";"dark olive bags contain 3 faded blue bags, 4 dotted black bags.";"vibrant plum bags contain 5 faded blue bags, 6 dotted black bags.";"faded blue bags contain no other bags.";"dotted black bags contain no other bags.")
rule:{a:" bags contain " vs x; if[a[1] like "no other*"; :(`$a 0;`$();`long$())];
  c:{w:" " vs x; (`$" " sv w 1 2;"J"$w 0)} each ", " vs -1_a 1;
  (`$a 0;c[;0];c[;1])}
r:rule each s
R:r[;0]!1_'r
show first R`$"muted yellow"
show last R`$"muted yellow"
gold:`$"shiny gold"
cg:{[c] ch:R[c;0]; $[0=count ch;0b;gold in ch;1b;any cg each ch]}
show sum cg each key R
tot:{[c] ch:R[c;0]; $[0=count ch;0;sum R[c;1]*1+tot each ch]}
show tot gold
