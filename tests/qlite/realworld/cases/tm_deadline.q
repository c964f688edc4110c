due:2024.05.01D17:00:00
now:2024.05.01D15:30:00
left:due-now
show left
show left>0D01
show `minute$left
