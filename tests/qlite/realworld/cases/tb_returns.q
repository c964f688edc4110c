p:100 102 99 105f
show ratios p
show -1+1_ratios p
show deltas p
show 100*(1_p)%-1_p
