rules:"47|53\n97|13\n97|61\n97|47\n75|29\n61|13\n75|53\n29|13\n97|29\n53|29\n61|53\n97|53\n61|29\n47|13\n75|47\n97|75\n47|61\n75|61\n47|29\n75|13\n53|13"
R:{(100*x 0)+x 1} each {"J"$"|" vs x} each "\n" vs rules
U:{"J"$"," vs x} each ("75,47,61,53,29";"97,61,53,29,13";"75,29,13";"75,97,47,61,53";"61,13,29";"97,13,75,29,47")
ok:{bad:raze {[u;i] (100*u (i+1)+til count[u]-i+1)+u i}[x] each til count x; not any bad in R}
mid:{x count[x] div 2}
show ok each U
show sum mid each U where ok each U
fix:{x iasc {[u;v] sum ((100*u)+v) in R}[x] each x}
show fix each U where not ok each U
show sum mid each fix each U where not ok each U
