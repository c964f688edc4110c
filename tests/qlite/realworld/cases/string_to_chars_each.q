s:"hello"
show s 0
show s 1 2
show s[4]
show "" sv ("ab";"cd")
show raze ("ab";"cd")
show ,/[("ab";"cd";"e")]
