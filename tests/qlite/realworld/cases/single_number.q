singleNumber:{first where 1=count each group x}
show singleNumber 4 1 2 1 2
