show "say \"hi\""
-1 "a\tb";
show "back\\slash"
show count "a\nb"
show "\n" vs "x\ny"
