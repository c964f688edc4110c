arr:2024.06.01D08:00:00 2024.06.01D08:10:00 2024.06.01D08:30:00
srv:2024.06.01D08:05:00 2024.06.01D08:40:00 2024.06.01D08:45:00
wait:srv-arr
show wait
show (avg wait)%1e9
show max wait
show sum wait>0D00:10
