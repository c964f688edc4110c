open:09:00
times:09:07 09:31 10:44 11:59
el:times-open
show el
show el div 00:15
show (`int$el) div 15
show count each group (`int$el) div 60
