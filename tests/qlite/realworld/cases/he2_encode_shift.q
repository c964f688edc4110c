/ HumanEval 50: shift letters by five and back
es:{.Q.a (5+.Q.a?x) mod 26}
ds:{.Q.a (21+.Q.a?x) mod 26}
-1 es "abcxyz";
-1 ds es "hello";
show all {x~ds es x} each ("abc";"zebra";"quick")
