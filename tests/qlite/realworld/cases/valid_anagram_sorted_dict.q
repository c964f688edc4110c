isAna:{(count each group asc x)~count each group asc y}
show isAna["listen";"silent"]
show isAna["aab";"abb"]
