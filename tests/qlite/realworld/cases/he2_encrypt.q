/ HumanEval 89: shift each letter down by four
enc:{.Q.a (4+.Q.a?x) mod 26}
-1 enc "hi";
-1 enc "asdfghjkl";
-1 enc each ("gf";"et";"faewfawefaewg");
show enc "hellomyfriend"
