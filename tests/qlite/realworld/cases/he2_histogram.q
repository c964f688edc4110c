/ HumanEval 111: the most frequent letters with their counts
hist:{c:count each group `$" " vs x; (where c=max c)#c}
show hist "a b c a b"
show hist "a b b a"
show hist "b b b b a"
show hist "r t g"
