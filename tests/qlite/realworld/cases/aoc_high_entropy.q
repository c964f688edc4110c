p:("aa bb cc dd ee";"aa bb cc dd aa";"aa bb cc dd aaa")
ok:{w:" " vs x; count[w]=count distinct w}
show sum ok each p
p2:("abcde fghij";"abcde xyz ecdab";"a ab abc abd abf abj";"iiii oiii ooii oooi oooo";"oiii ioii iioi iiio")
ok2:{w:asc each " " vs x; count[w]=count distinct w}
show ok2 each p2
