s:("09:30:00.000";"12:00:00.500")
t:"T"$s
show t
show t[1]-t[0]
show `minute$t
show "U"$"12:13:14"
