a:2024.01.15D09:30:00.000000000
b:2024.01.15D16:00:00.000000000
show b-a
show `long$b-a
show `minute$b-a
show `second$b-a
show a+0D00:30:00.000000000
show a+1D00:00:00.000000000
show `date$a+1D00:00:00.000000000
