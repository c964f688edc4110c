shiftStart:08:00:00
lens:00:30 01:15 02:00
show sums lens
ends:shiftStart+sums lens
show ends
show last ends
