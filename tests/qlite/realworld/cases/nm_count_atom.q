/ count of an atom is 1
show count 5
show count `abc
show count "a"
show count "abc"
show count ()
