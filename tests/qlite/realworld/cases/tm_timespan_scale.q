lap:0D00:01:30
show lap*4
show 3*lap
laps:lap*1+til 4
show 2_laps
show last laps
show type laps
