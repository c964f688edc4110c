/ division written with / : in q a / after a blank starts a comment
a:7
show a / 2
show a % 2
show a div 2
show 7 // 2
