show .Q.id `$"my col"
show .Q.id `$"2nd"
show .Q.id `$"sum"
