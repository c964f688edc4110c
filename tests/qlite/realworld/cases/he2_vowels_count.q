/ HumanEval 64: vowels, and y only at the end; a sum of booleans is an int
vc:{(sum lower[x] in "aeiou")+"y"=lower last x}
show vc "abcde"
show vc each ("abcde";"Alone";"key";"bye";"keY";"ACEDY")
show type vc "abc"
