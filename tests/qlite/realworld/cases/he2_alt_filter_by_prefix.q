/ HumanEval 29 again: like with a built pattern, and a sublist comparison
fp:{[s;p] s where s like p,"*"}
fp2:{[s;p] s where p~/:(count p)#'s}
0N!fp[("abc";"bcd";"cde";"array");"a"];
0N!fp2[("abc";"bcd";"cde";"array");enlist "a"];
show count fp2[("abc";"bcd";"cde";"array");"a"]
0N!fp[("xxx";"asd";"xxy";"john doe";"xxxAAA";"xxx");"xxx"];
show count fp[("abc";"bcd");"z"]
