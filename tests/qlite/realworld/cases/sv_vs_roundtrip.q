line:"name,age,city"
f:"," vs line
show f
show "|" sv f
show `$f
