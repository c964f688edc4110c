vc:{(sum lower[x] in "aeiou")+"y"=lower last x}
show vc "abcde"
show vc "ACEDY"
