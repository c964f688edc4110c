d:2024.03.01 2024.03.02 2024.03.05 2024.03.07
full:(min d)+til 1+(max d)-min d
show full
show full except d
show count full except d
