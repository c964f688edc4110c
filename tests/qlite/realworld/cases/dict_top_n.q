d:`a`b`c`d!5 1 9 3
show 2#desc d
show key desc d
show `a`c#d
show d?9
show where d>2
