/ sum 0..4 with a Python for loop
s:0
show s
for i in range(5)
show s
