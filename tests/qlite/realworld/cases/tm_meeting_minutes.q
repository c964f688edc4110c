starts:09:00 10:30 14:15
lens:45 90 30
ends:starts+lens
show ends
show ends-starts
show sum ends-starts
