rd:{x where 1=(count each group x) x}
show rd 1 2 3 2 4
