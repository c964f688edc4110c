ts:2024.01.30D23:00 2024.01.31D12:00 2024.02.01D00:30 2024.03.15D08:00
amt:10 20 30 40
show `month$ts
show sum each amt group `month$ts
