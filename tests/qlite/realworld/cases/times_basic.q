t:12:30:00
show t+60
show `minute$t
show 09:30 + 0 30 60
show `hh$t
