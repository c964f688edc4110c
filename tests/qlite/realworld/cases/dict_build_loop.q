counts:(`symbol$())!`long$()
words:`apple`banana`apple`cherry`banana`apple
i:0
while[i<count words; w:words i; counts[w]:1+0^counts w; i+:1]
show counts
show key counts
show value counts
