x:2 4 4 4 5 5 7 9
show avg x
show med x
show dev x
show var x
show max x
show min x
