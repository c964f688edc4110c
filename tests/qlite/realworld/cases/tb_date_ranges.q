start:2024.01.29
days:start+til 7
show days
show days where (days mod 7) within 2 6
show `month$days
show distinct `month$days
show count each group `month$days
